package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The title a comparison gets when the user leaves it blank, and the legends that name its jobs in table headers
 * and chart series.
 *
 * <p>Title: no jobs → "Comparison"; one job → its title; otherwise titles that occur more than once get
 * " #&lt;job id&gt;", then the longest run of leading words P shared by every title (leaving each at least one
 * word, trailing {@code : - , ; / |} dropped) gives "P: rest₁ vs rest₂ vs …", or "t₁ vs t₂ vs …" when there is none.
 * Examples: "Nightly perf 1.0" and "Nightly perf 1.1" → "Nightly perf: 1.0 vs 1.1"; jobs 17 and 18 both titled
 * "Nightly" → "Nightly: #17 vs #18"; "Nightly" and "Weekly" → "Nightly vs Weekly". A blank job title reads
 * "job &lt;id&gt;".
 *
 * <p>Legends: one job → its title. Otherwise "#k: " (k = 1-based position, the baseline is #1) followed by what
 * tells the jobs apart: the title without the words all titles share when titles differ ("#2: 1.1"), else the
 * product ("name version", or the version alone when every job has the same product name: "#2: 1.4.0-512"), else
 * "job &lt;id&gt;". The position alone keeps legends distinct even where those texts are equal.
 */
public final class ComparisonTitle {
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final String TRAILING_PUNCTUATION = ":-,;/|";

    private ComparisonTitle() {
    }

    /** @return the automatic title of a comparison of these jobs (their tests are not read) */
    public static String of(List<ComparedJob> jobs) {
        if (jobs.isEmpty()) {
            return "Comparison";
        }
        List<String> titles = titles(jobs);
        if (titles.size() == 1) {
            return titles.get(0);
        }
        Map<String, Integer> counts = new HashMap<>();
        titles.forEach(t -> counts.merge(t, 1, Integer::sum));
        List<String> unique = new ArrayList<>(titles.size());
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            unique.add(counts.get(t) > 1 ? t + " #" + jobs.get(i).id() : t);
        }
        List<String[]> words = unique.stream().map(t -> WORDS.split(t)).toList();
        int shared = sharedLeadingWords(words);
        String prefix = stripTrailingPunctuation(String.join(" ", List.of(words.get(0)).subList(0, shared)));
        if (prefix.isEmpty()) {
            return String.join(" vs ", unique);
        }
        return prefix + ": " + String.join(" vs ", rests(words, shared));
    }

    /** @return one legend per job, in job order */
    public static List<String> legends(List<ComparedJob> jobs) {
        List<String> titles = titles(jobs);
        if (titles.size() == 1) {
            return titles;
        }
        List<String> labels;
        if (titles.stream().distinct().count() > 1) {
            List<String[]> words = titles.stream().map(t -> WORDS.split(t)).toList();
            labels = rests(words, sharedLeadingWords(words));
        } else if (jobs.stream().map(ComparisonTitle::product).distinct().count() > 1) {
            boolean sameName = jobs.stream().map(ComparedJob::productName).distinct().count() == 1;
            labels = jobs.stream().map(j -> sameName && !j.productVersion().isBlank() ? j.productVersion().strip()
                    : product(j)).toList();
        } else {
            labels = jobs.stream().map(j -> "job " + j.id()).toList();
        }
        List<String> legends = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            String label = labels.get(i).isBlank() ? "job " + jobs.get(i).id() : labels.get(i);
            legends.add("#" + (i + 1) + ": " + label);
        }
        return legends;
    }

    private static List<String> titles(List<ComparedJob> jobs) {
        return jobs.stream().map(j -> j.title().isBlank() ? "job " + j.id() : WORDS.matcher(j.title().strip())
                .replaceAll(" ")).toList();
    }

    private static String product(ComparedJob job) {
        return (job.productName().strip() + " " + job.productVersion().strip()).strip();
    }

    /** @return how many leading words every title shares while leaving each title at least one more */
    private static int sharedLeadingWords(List<String[]> words) {
        int shared = 0;
        while (true) {
            int next = shared;
            String word = words.get(0).length > next ? words.get(0)[next] : null;
            for (String[] w : words) {
                if (w.length <= next + 1 || !w[next].equals(word)) {
                    return shared;
                }
            }
            shared++;
        }
    }

    private static List<String> rests(List<String[]> words, int shared) {
        return words.stream().map(w -> String.join(" ", List.of(w).subList(shared, w.length))).toList();
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
