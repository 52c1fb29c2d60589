package dev.cloudfit.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsTheLastLinesInOrder() {
        OutputTail tail = new OutputTail(2);
        assertThat(tail.text()).isEmpty();
        tail.add("one");
        tail.add("two");
        tail.add("three");
        assertThat(tail.text()).isEqualTo("two\nthree");
    }
}
