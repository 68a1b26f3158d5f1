package org.hotlink.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hotlink.diagnostic.SourceLocation;

/**
 * One parsed IR file: target description, named struct types, globals, functions, aliases and
 * {@code module asm}. Built by the parser, then read-only; not thread-safe while being built.
 * The parser records where the {@code target triple}, {@code target datalayout} and each
 * {@code module asm} line are ({@link SourceLocation#UNKNOWN} for a module built in code), so a
 * later stage can reject a module at the line that makes it unacceptable.
 */
public final class Module {
    private final String sourceName;
    private String sourceFileName;
    private String targetTriple;
    private SourceLocation targetTripleLocation = SourceLocation.UNKNOWN;
    private String dataLayoutString;
    private SourceLocation dataLayoutLocation = SourceLocation.UNKNOWN;
    private DataLayout dataLayout = DataLayout.x86_64Linux();
    private final List<GlobalVariable> globals = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<GlobalAlias> aliases = new ArrayList<>();
    private final Map<String, GlobalValue> symbols = new HashMap<>();
    private final Map<String, StructType> namedTypes = new LinkedHashMap<>();
    private final Map<String, String> comdats = new LinkedHashMap<>();
    private final List<String> moduleAssembly = new ArrayList<>();
    private final List<SourceLocation> moduleAssemblyLocations = new ArrayList<>();

    /** @param sourceName the file name as the user typed it */
    public Module(String sourceName) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    }

    /** The module's name: its {@code source_filename} when given, else {@link #sourceName()}. */
    public String name() {
        return sourceFileName != null ? sourceFileName : sourceName;
    }

    /** The IR file's name as the user typed it. */
    public String sourceName() {
        return sourceName;
    }

    /** The {@code source_filename = "..."} value, or null. */
    public String sourceFileName() {
        return sourceFileName;
    }

    public void setSourceFileName(String sourceFileName) {
        this.sourceFileName = sourceFileName;
    }

    /** The {@code target triple}, or null when absent. */
    public String targetTriple() {
        return targetTriple;
    }

    /** Sets the triple with an unknown location; see {@link #setTargetTriple(String, SourceLocation)}. */
    public void setTargetTriple(String targetTriple) {
        setTargetTriple(targetTriple, SourceLocation.UNKNOWN);
    }

    /**
     * Sets the {@code target triple} and where its statement starts (the {@code target} keyword).
     *
     * @param location null is taken as {@link SourceLocation#UNKNOWN}
     */
    public void setTargetTriple(String targetTriple, SourceLocation location) {
        this.targetTriple = targetTriple;
        this.targetTripleLocation = location == null ? SourceLocation.UNKNOWN : location;
    }

    /**
     * Where the {@code target triple = "..."} statement starts (its {@code target} keyword), so a
     * back-end can reject a module for another target at that line; {@link SourceLocation#UNKNOWN}
     * when the module has no triple or was not parsed from text.
     */
    public SourceLocation targetTripleLocation() {
        return targetTripleLocation;
    }

    /** The {@code target datalayout} string, or null when absent. */
    public String dataLayoutString() {
        return dataLayoutString;
    }

    /** The layout parsed from {@link #dataLayoutString()}, x86-64 Linux when absent. */
    public DataLayout dataLayout() {
        return dataLayout;
    }

    /**
     * Sets the layout string with an unknown location; see {@link #setDataLayoutString(String, SourceLocation)}.
     *
     * @throws IllegalArgumentException when the string is not valid data layout syntax
     */
    public void setDataLayoutString(String text) {
        setDataLayoutString(text, SourceLocation.UNKNOWN);
    }

    /**
     * Sets the {@code target datalayout} string and where its statement starts (the {@code target} keyword).
     *
     * @param location null is taken as {@link SourceLocation#UNKNOWN}
     * @throws IllegalArgumentException when the string is not valid data layout syntax (nothing is changed then)
     */
    public void setDataLayoutString(String text, SourceLocation location) {
        this.dataLayout = DataLayout.parse(text);
        this.dataLayoutString = text;
        this.dataLayoutLocation = location == null ? SourceLocation.UNKNOWN : location;
    }

    /**
     * Where the {@code target datalayout = "..."} statement starts (its {@code target} keyword), so
     * a back-end can reject a foreign data layout at that line; {@link SourceLocation#UNKNOWN} when
     * the module has no data layout string or was not parsed from text.
     */
    public SourceLocation dataLayoutLocation() {
        return dataLayoutLocation;
    }

    /** Unmodifiable, in file order. */
    public List<GlobalVariable> globals() {
        return Collections.unmodifiableList(globals);
    }

    /** Unmodifiable, in file order (declarations included). */
    public List<Function> functions() {
        return Collections.unmodifiableList(functions);
    }

    /** Unmodifiable, in file order. */
    public List<GlobalAlias> aliases() {
        return Collections.unmodifiableList(aliases);
    }

    /** Identified struct types by name (without {@code %}), in definition order; unmodifiable. */
    public Map<String, StructType> namedTypes() {
        return Collections.unmodifiableMap(namedTypes);
    }

    /** Comdat names to selection kind ({@code any}, {@code exactmatch}, {@code largest}, {@code nodeduplicate}, {@code samesize}). */
    public Map<String, String> comdats() {
        return Collections.unmodifiableMap(comdats);
    }

    /** The {@code module asm} lines, in order; back-ends reject a module where this is not empty. */
    public List<String> moduleAssembly() {
        return Collections.unmodifiableList(moduleAssembly);
    }

    /**
     * Where each {@code module asm} statement starts (its {@code module} keyword), parallel to
     * {@link #moduleAssembly()}: element i locates line i ({@link SourceLocation#UNKNOWN} for a line
     * added without one). Unmodifiable.
     */
    public List<SourceLocation> moduleAssemblyLocations() {
        return Collections.unmodifiableList(moduleAssemblyLocations);
    }

    /**
     * Where the first {@code module asm} statement starts, the place a back-end that does not
     * support module-level assembly reports it; {@link SourceLocation#UNKNOWN} when there is none.
     */
    public SourceLocation moduleAssemblyLocation() {
        return moduleAssemblyLocations.isEmpty() ? SourceLocation.UNKNOWN : moduleAssemblyLocations.get(0);
    }

    public void addGlobal(GlobalVariable global) {
        register(global);
        globals.add(global);
    }

    public void addFunction(Function function) {
        register(function);
        functions.add(function);
    }

    public void addAlias(GlobalAlias alias) {
        register(alias);
        aliases.add(alias);
    }

    public void addNamedType(StructType type) {
        if (type.name() == null || namedTypes.putIfAbsent(type.name(), type) != null) {
            throw new IllegalArgumentException("struct type " + type + " is unnamed or defined twice");
        }
    }

    public void addComdat(String name, String selectionKind) {
        comdats.put(Objects.requireNonNull(name), Objects.requireNonNull(selectionKind));
    }

    /** Appends a {@code module asm} line with an unknown location. */
    public void addModuleAssembly(String line) {
        addModuleAssembly(line, SourceLocation.UNKNOWN);
    }

    /**
     * Appends a {@code module asm} line and where its statement starts.
     *
     * @param location null is taken as {@link SourceLocation#UNKNOWN}
     */
    public void addModuleAssembly(String line, SourceLocation location) {
        moduleAssembly.add(Objects.requireNonNull(line));
        moduleAssemblyLocations.add(location == null ? SourceLocation.UNKNOWN : location);
    }

    private void register(GlobalValue value) {
        if (symbols.putIfAbsent(value.name(), value) != null) {
            throw new IllegalArgumentException("global @" + value.name() + " is defined twice");
        }
    }

    /** The global value (variable, function or alias) named {@code name} (without {@code @}), or null. */
    public GlobalValue globalValue(String name) {
        return symbols.get(name);
    }

    /** The function named {@code name}, or null. */
    public Function function(String name) {
        return symbols.get(name) instanceof Function f ? f : null;
    }

    /** The global variable named {@code name}, or null. */
    public GlobalVariable global(String name) {
        return symbols.get(name) instanceof GlobalVariable g ? g : null;
    }

    /** The alias named {@code name}, or null. */
    public GlobalAlias alias(String name) {
        return symbols.get(name) instanceof GlobalAlias a ? a : null;
    }

    /** Instructions in defined functions, excluding debug records (never in the model) and {@code llvm.dbg.*} calls. */
    public long instructionCount() {
        long count = 0;
        for (Function f : functions) {
            count += f.instructionCount();
        }
        return count;
    }
}
