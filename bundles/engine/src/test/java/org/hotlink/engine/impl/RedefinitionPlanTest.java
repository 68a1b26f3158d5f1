package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hotlink.diagnostic.IncompatibleRedefinitionException;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.junit.jupiter.api.Test;

class RedefinitionPlanTest {
    private static final TextIrParser PARSER = new TextIrParser();

    private static Module parse(String name, String text) throws Exception {
        return PARSER.parse(name + ".ll", text);
    }

    private static Map<String, Module> modules(Module... modules) {
        Map<String, Module> map = new LinkedHashMap<>();
        for (Module m : modules) {
            map.put(m.sourceName().replace(".ll", ""), m);
        }
        return map;
    }

    @Test
    void variablesOfTheSameTypeAreKeptConstantsAndRetypedOnesAreNot() throws Exception {
        Module old = parse("a", "@count = global i32 0\n@table = constant [2 x i32] [i32 1, i32 2]\n"
                + "@shape = global i64 0\n@hidden = internal global i8 0\n");
        Module updated = parse("a", "@count = global i32 5\n@table = constant [2 x i32] [i32 3, i32 4]\n"
                + "@shape = global [2 x i32] zeroinitializer\n@hidden = internal global i8 1\n@added = global i32 7\n");
        Map<String, RedefinitionPlan.ModuleChanges> plan = RedefinitionPlan.plan(modules(old), modules(updated));
        assertEquals(Set.of("count", "hidden"), plan.get("a").keptData(), "same-typed variables keep their storage");
        assertEquals(Set.of(), plan.get("a").freshFunctions());
    }

    @Test
    void changedSignatureIsRefusedWhileAnotherModuleRefersToIt() throws Exception {
        Module callee = parse("callee", "define i32 @f(i32 %x) {\n  ret i32 %x\n}\n");
        Module caller = parse("caller", "declare i32 @f(i32)\ndefine i32 @g() {\n  %r = call i32 @f(i32 1)\n  ret i32 %r\n}\n");
        Module updated = parse("callee", "\ndefine i64 @f(i64 %x) {\n  ret i64 %x\n}\n");
        IncompatibleRedefinitionException e = assertThrows(IncompatibleRedefinitionException.class,
                () -> RedefinitionPlan.plan(modules(callee, caller), modules(updated)));
        assertTrue(e.getMessage().contains("'f'") && e.getMessage().contains("module 'caller'"), e.getMessage());
        assertEquals(2, e.location().line(), "located at the new definition");
    }

    @Test
    void changedSignatureIsAcceptedWithItsReferrersInTheBatch() throws Exception {
        Module callee = parse("callee", "define i32 @f(i32 %x) {\n  ret i32 %x\n}\n");
        Module caller = parse("caller", "declare i32 @f(i32)\ndefine i32 @g() {\n  %r = call i32 @f(i32 1)\n  ret i32 %r\n}\n");
        Module newCallee = parse("callee", "define i64 @f(i64 %x) {\n  ret i64 %x\n}\n");
        Module newCaller = parse("caller", "declare i64 @f(i64)\ndefine i64 @g() {\n  %r = call i64 @f(i64 1)\n  ret i64 %r\n}\n");
        Map<String, RedefinitionPlan.ModuleChanges> plan =
                RedefinitionPlan.plan(modules(callee, caller), modules(newCallee, newCaller));
        assertEquals(Set.of("f"), plan.get("callee").freshFunctions());
        assertEquals(Set.of("g"), plan.get("caller").freshFunctions(), "g's return type changed too");
    }

    @Test
    void retypedGlobalIsRefusedWhileReferredToAndInternalChangesAreFree() throws Exception {
        Module owner = parse("owner", "@state = global i32 0\ndefine internal i32 @helper(i32 %x) {\n  ret i32 %x\n}\n");
        Module user = parse("user", "@state = external global i32\n");
        Module updated = parse("owner", "@state = global i64 0\ndefine internal i64 @helper(i64 %x) {\n  ret i64 %x\n}\n");
        assertThrows(IncompatibleRedefinitionException.class,
                () -> RedefinitionPlan.plan(modules(owner, user), modules(updated)));
        Module updatedKeepingState = parse("owner", "@state = global i32 0\ndefine internal i64 @helper(i64 %x) {\n"
                + "  ret i64 %x\n}\n");
        Map<String, RedefinitionPlan.ModuleChanges> plan =
                RedefinitionPlan.plan(modules(owner, user), modules(updatedKeepingState));
        assertEquals(Set.of("helper"), plan.get("owner").freshFunctions(), "an internal function has no outside referrer");
        assertEquals(Set.of("state"), plan.get("owner").keptData());
    }

    @Test
    void namedStructsFromDifferentModulesCompareByBody() throws Exception {
        Module old = parse("a", "%struct.S = type { i32, i32 }\n@s = global %struct.S zeroinitializer\n");
        Module same = parse("a", "%struct.S = type { i32, i32 }\n@s = global %struct.S { i32 1, i32 2 }\n");
        Module grown = parse("a", "%struct.S = type { i32, i32, i32 }\n@s = global %struct.S zeroinitializer\n");
        assertEquals(Set.of("s"), RedefinitionPlan.plan(modules(old), modules(same)).get("a").keptData());
        assertEquals(Set.of(), RedefinitionPlan.plan(modules(old), modules(grown)).get("a").keptData(),
                "a struct that grew gets new storage");
    }

    @Test
    void modulesNotLoadedYetAreAdditions() throws Exception {
        Module added = parse("b", "@x = global i32 1\n");
        Map<String, RedefinitionPlan.ModuleChanges> plan = RedefinitionPlan.plan(Map.of(), modules(added));
        assertEquals(Set.of(), plan.get("b").keptData());
    }
}
