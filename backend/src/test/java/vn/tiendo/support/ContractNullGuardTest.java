package vn.tiendo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.annotation.Nullable;

import org.junit.jupiter.api.Test;

/** The guard names a null component the contract declares non-null, inside lists and nested records too. */
class ContractNullGuardTest {
    record Inner(String name, @Nullable String note) {}

    record Outer(long id, List<Inner> items, @Nullable Inner extra) {}

    @Test
    void namesTheNullComponentThatIsNotNullable() {
        assertNull(ContractNullGuard.violation(new Outer(1, List.of(new Inner("a", null)), null), "body", 0));
        assertEquals(
                "Inner.name (at body.items[1].name)",
                ContractNullGuard.violation(
                        new Outer(1, List.of(new Inner("a", "b"), new Inner(null, "c")), null), "body", 0));
        assertEquals("Outer.items (at body.items)", ContractNullGuard.violation(new Outer(1, null, null), "body", 0));
    }
}
