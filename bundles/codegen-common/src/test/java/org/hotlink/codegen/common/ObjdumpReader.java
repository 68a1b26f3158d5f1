package org.hotlink.codegen.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code objdump -h -t -s -r} says about an ELF object that clang-19 wrote: sections with
 * alignment and flags, data symbols, section contents and relocations. The reference for tests.
 */
final class ObjdumpReader {
    /** A section header: {@code 2**alignmentLog}, and whether it has contents and is read-only. */
    record Section(String name, long size, int alignment, boolean hasContents, boolean readOnly) {
    }

    /** A symbol table line: binding letter {@code l}, {@code g} or {@code w}; type letter {@code O} for data. */
    record Symbol(String name, String section, long value, long size, char binding, char type) {
    }

    /** A relocation record; {@code target} is a symbol or section name. */
    record Reloc(long offset, String type, String target, long addend) {
    }

    private static final Pattern SECTION = Pattern.compile(
            "^\\s*\\d+\\s+(\\S+)\\s+([0-9a-f]+)\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+2\\*\\*(\\d+)\\s*$");
    private static final Pattern SYMBOL = Pattern.compile("^([0-9a-f]{16}) (.{7}) (\\S+)\\s+([0-9a-f]{16}) (.*)$");
    private static final Pattern RELOC = Pattern.compile("^([0-9a-f]{16}) (\\S+)\\s+(.*?)(?:([+-])0x([0-9a-f]+))?$");

    final Map<String, Section> sections = new LinkedHashMap<>();
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final Map<String, byte[]> contents = new HashMap<>();
    final Map<String, List<Reloc>> relocations = new HashMap<>();

    static ObjdumpReader read(Path directory, String object) throws IOException, InterruptedException {
        ObjdumpReader reader = new ObjdumpReader();
        reader.parseHeaders(ExternalTool.run(directory, "objdump", "-h", object));
        reader.parseSymbols(ExternalTool.run(directory, "objdump", "-t", object));
        reader.parseContents(ExternalTool.run(directory, "objdump", "-s", object));
        reader.parseRelocations(ExternalTool.run(directory, "objdump", "-r", object));
        return reader;
    }

    private void parseHeaders(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = SECTION.matcher(lines[i]);
            if (m.matches()) {
                String flags = i + 1 < lines.length ? lines[i + 1] : "";
                sections.put(m.group(1), new Section(m.group(1), Long.parseLong(m.group(2), 16),
                        1 << Integer.parseInt(m.group(3)), flags.contains("CONTENTS"), flags.contains("READONLY")));
            }
        }
    }

    private void parseSymbols(String text) {
        for (String line : text.split("\n")) {
            Matcher m = SYMBOL.matcher(line);
            if (m.matches()) {
                String flags = m.group(2);
                symbols.put(m.group(5), new Symbol(m.group(5), m.group(3), Long.parseLong(m.group(1), 16),
                        Long.parseLong(m.group(4), 16), flags.charAt(0) == ' ' ? flags.charAt(1) : flags.charAt(0),
                        flags.charAt(6)));
            }
        }
    }

    /** Lines are {@code " ADDR HHHHHHHH HHHHHHHH HHHHHHHH HHHHHHHH  ascii"}; the hex block is 35 columns wide. */
    private void parseContents(String text) {
        String current = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : text.split("\n")) {
            if (line.startsWith("Contents of section ")) {
                flush(current, bytes);
                current = line.substring("Contents of section ".length(), line.length() - 1);
                bytes.reset();
            } else if (current != null && line.startsWith(" ")) {
                int start = line.indexOf(' ', 1) + 1;
                String hex = line.substring(start, Math.min(line.length(), start + 35)).replace(" ", "");
                for (int i = 0; i + 1 < hex.length(); i += 2) {
                    bytes.write(Integer.parseInt(hex.substring(i, i + 2), 16));
                }
            }
        }
        flush(current, bytes);
    }

    private void flush(String section, ByteArrayOutputStream bytes) {
        if (section != null) {
            contents.put(section, bytes.toByteArray());
        }
    }

    private void parseRelocations(String text) {
        String current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("RELOCATION RECORDS FOR [")) {
                current = line.substring("RELOCATION RECORDS FOR [".length(), line.indexOf(']'));
                relocations.put(current, new ArrayList<>());
                continue;
            }
            Matcher m = RELOC.matcher(line.trim());
            if (current != null && m.matches()) {
                long addend = m.group(5) == null ? 0 : Long.parseUnsignedLong(m.group(5), 16);
                relocations.get(current).add(new Reloc(Long.parseLong(m.group(1), 16), m.group(2), m.group(3).trim(),
                        "-".equals(m.group(4)) ? -addend : addend));
            }
        }
    }
}
