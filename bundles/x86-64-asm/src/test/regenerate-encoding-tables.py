#!/usr/bin/env python3
"""Rewrites the expected bytes of every encoding table (src/test/java/.../*EncodingTest.java).

Each table row is `row("INTEL TEXT", "HEX", call)`. This script assembles every TEXT with
    llvm-mc-19 --show-encoding -x86-asm-syntax=intel -output-asm-variant=1
and writes llvm-mc's bytes into HEX. Run it from anywhere after adding rows; review the diff.
"""
import pathlib
import re
import subprocess
import sys

ROW = re.compile(r'row\("([^"]*)", "([0-9a-f]*)",')
ENCODING = re.compile(r'# encoding: \[([^\]]*)\]')
TABLES = pathlib.Path(__file__).resolve().parent / "java" / "org" / "hotlink" / "x86" / "asm"


def encode(texts):
    result = subprocess.run(
        ["llvm-mc-19", "--show-encoding", "-x86-asm-syntax=intel", "-output-asm-variant=1"],
        input="\n".join(texts) + "\n", capture_output=True, text=True, check=True)
    encodings = ENCODING.findall(result.stdout)
    if len(encodings) != len(texts):
        sys.exit("llvm-mc gave %d encodings for %d rows:\n%s" % (len(encodings), len(texts), result.stderr))
    return ["".join(b[2:] for b in e.split(",")) for e in encodings]


def main():
    for table in sorted(TABLES.glob("*EncodingTest.java")):
        source = table.read_text()
        texts = [m.group(1) for m in ROW.finditer(source)]
        if not texts:
            continue
        hexes = iter(encode(texts))
        table.write_text(ROW.sub(lambda m: 'row("%s", "%s",' % (m.group(1), next(hexes)), source))
        print("%s: %d rows" % (table.name, len(texts)))


if __name__ == "__main__":
    main()
