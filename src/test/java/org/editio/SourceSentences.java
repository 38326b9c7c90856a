package org.editio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of the sample's source text (../shared/sources/wilson-112037.txt): the summary and the
 * whole translated telegram with its editorial note, for checking that an output keeps every one.
 * Sentences never run across the source's paragraphs (blank lines).
 */
public final class SourceSentences {
    private SourceSentences() {
    }

    public static List<String> of(Path source) throws IOException {
        String text = Files.readString(source);
        String summary = between(text, "Summary:", "Original Language:");
        String contents = text.substring(text.indexOf("Translation - English") + "Translation - English".length());
        List<String> sentences = new ArrayList<>();
        for (String part : List.of(summary, contents)) {
            for (String paragraph : part.split("\\n\\s*\\n")) {
                for (String s : normalise(paragraph).split("(?<=[.!?])\\s+")) {
                    if (s.replaceAll("[^A-Za-z]", "").length() >= 3) {
                        sentences.add(s);
                    }
                }
            }
        }
        return sentences;
    }

    /**
     * Folds what typesetting may legitimately change: white space, curly quotes, and the square brackets
     * that mark editorial insertions (checked separately).
     */
    public static String normalise(String s) {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("[", "").replace("]", "").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a);
        return text.substring(a + from.length(), b);
    }
}
