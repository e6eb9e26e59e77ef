package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryAxisTest {

    @Test
    void the_common_suffix_names_the_axis_and_numbers_are_sorted() {
        CategoryAxis axis = CategoryAxis.of(List.of("2 parallel clients", "8 parallel clients", "4 parallel clients"));
        assertThat(axis.name()).isEqualTo("parallel clients");
        assertThat(axis.labels()).containsExactly("2", "4", "8");
        assertThat(axis.numeric()).isTrue();
        assertThat(axis.values()).containsExactly(2.0, 4.0, 8.0);
        assertThat(axis.positions()).containsExactly(0, 2, 1);
    }

    @Test
    void a_suffix_is_cut_back_to_a_word_boundary() {
        CategoryAxis axis = CategoryAxis.of(List.of("12 clients", "2 clients"));
        assertThat(axis.name()).isEqualTo("clients");
        assertThat(axis.labels()).containsExactly("2", "12");
    }

    @Test
    void categories_of_separators_only_do_not_break_and_keep_their_text() {
        CategoryAxis axis = CategoryAxis.of(List.of("-", "--", " ; "));
        assertThat(axis.name()).isEmpty();
        assertThat(axis.labels()).containsExactly("-", "--", " ; ");
        assertThat(axis.numeric()).isFalse();
        assertThat(axis.values()).containsExactly(0.0, 1.0, 2.0);

        assertThat(CategoryAxis.of(List.of(" ", "  ")).labels()).containsExactly(" ", "  ");
        assertThat(CategoryAxis.of(List.of(".")).labels()).containsExactly(".");
    }

    @Test
    void duplicate_numbers_are_not_a_numeric_axis_and_keep_first_appearance_order() {
        CategoryAxis axis = CategoryAxis.of(List.of("4 clients", "02 clients", "2 clients"));
        assertThat(axis.name()).isEqualTo("clients");
        assertThat(axis.labels()).containsExactly("4", "02", "2");
        assertThat(axis.numeric()).isFalse();
        assertThat(axis.positions()).containsExactly(0, 1, 2);
    }

    @Test
    void a_mix_of_numbers_and_words_keeps_first_appearance_order() {
        CategoryAxis axis = CategoryAxis.of(List.of("8 clients", "2 clients", "many clients"));
        assertThat(axis.name()).isEqualTo("clients");
        assertThat(axis.labels()).containsExactly("8", "2", "many");
        assertThat(axis.numeric()).isFalse();
    }

    @Test
    void a_decimal_point_belongs_to_its_number_and_is_not_a_separator() {
        CategoryAxis axis = CategoryAxis.of(List.of("1.5 s", "0.5 s", "10.25 s"));
        assertThat(axis.name()).isEqualTo("s");
        assertThat(axis.labels()).containsExactly("0.5", "1.5", "10.25");
        assertThat(axis.values()).containsExactly(0.5, 1.5, 10.25);

        CategoryAxis bare = CategoryAxis.of(List.of("2.5", "1.5"));
        assertThat(bare.name()).isEmpty();
        assertThat(bare.labels()).containsExactly("1.5", "2.5");
    }

    @Test
    void negative_numbers_and_exponents_are_numbers() {
        CategoryAxis axis = CategoryAxis.of(List.of("1e3 rows", "-5 rows", "0 rows"));
        assertThat(axis.labels()).containsExactly("-5", "0", "1e3");
        assertThat(axis.values()).containsExactly(-5.0, 0.0, 1000.0);
    }

    @Test
    void categories_with_nothing_in_common_are_their_own_labels() {
        CategoryAxis axis = CategoryAxis.of(List.of("read", "write", "mixed"));
        assertThat(axis.name()).isEmpty();
        assertThat(axis.labels()).containsExactly("read", "write", "mixed");
    }

    @Test
    void one_category_keeps_its_leading_word_as_the_label() {
        CategoryAxis axis = CategoryAxis.of(List.of("4 parallel clients"));
        assertThat(axis.name()).isEqualTo("parallel clients");
        assertThat(axis.labels()).containsExactly("4");
    }

    @Test
    void a_category_that_is_the_whole_suffix_of_another_keeps_every_label_non_empty() {
        CategoryAxis axis = CategoryAxis.of(List.of("clients", "2 clients"));
        assertThat(axis.labels()).doesNotContain("");
        assertThat(axis.labels()).containsExactly("clients", "2 clients");
    }

    @Test
    void other_separators_name_the_axis_too() {
        assertThat(CategoryAxis.of(List.of("4_threads", "8_threads")).name()).isEqualTo("threads");
        assertThat(CategoryAxis.of(List.of("4-threads", "16-threads")).labels()).containsExactly("4", "16");
    }

    @Test
    void no_categories_give_an_empty_axis() {
        CategoryAxis axis = CategoryAxis.of(List.of());
        assertThat(axis.labels()).isEmpty();
        assertThat(axis.numeric()).isFalse();
    }
}
