package org.editio.search;

/**
 * The English stemmer Pagefind 1.6.0 stems with (its {@code pagefind_stem} crate): Snowball 3's English
 * ("Porter2") algorithm, {@code algorithms/english.sbl} of snowballstem/snowball, rewritten here by hand
 * because no Java library for Java 17 has Snowball 3 (Lucene's is Snowball 2, whose stems differ for
 * "university", "organization", "evening", …), plus the R1 prefix "inter" that Pagefind's stems show
 * ("international" → "internat"). Checked against Pagefind's own index of the Schnitzler letters and the
 * FRUS volumes by SearchBundleParityTest. Works on lower-case words; stateless.
 */
final class English {
    private static final String[] PREFIXES = {"gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ",
        "inter"};
    private static final String[] EXCEPTIONS = {"skis", "ski", "skies", "sky", "idly", "idl", "gently", "gentl", "ugly",
        "ugli", "early", "earli", "only", "onli", "singly", "singl", "sky", "sky", "news", "news", "howe", "howe", "atlas",
        "atlas", "cosmos", "cosmos", "bias", "bias", "andes", "andes"};
    private static final String[] STEP2 = {"ization", "ize", "ational", "ate", "fulness", "ful", "ousness", "ous",
        "iveness", "ive", "tional", "tion", "biliti", "ble", "lessli", "less", "entli", "ent", "ation", "ate", "alism", "al",
        "aliti", "al", "ousli", "ous", "iviti", "ive", "fulli", "ful", "ogist", "og", "enci", "ence", "anci", "ance",
        "abli", "able", "izer", "ize", "ator", "ate", "alli", "al", "bli", "ble", "ogi", null, "li", null};
    private static final String[] STEP3 = {"ational", "ate", "tional", "tion", "alize", "al", "icate", "ic", "iciti", "ic",
        "ative", null, "ical", "ic", "ness", "", "ful", ""};
    private static final String[] STEP4 = {"ement", "ance", "ence", "able", "ible", "ment", "ent", "ant", "ism", "ate",
        "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"};

    private StringBuilder w;
    private int p1;
    private int p2;

    String stem(String word) {
        for (int i = 0; i < EXCEPTIONS.length; i += 2) {
            if (word.equals(EXCEPTIONS[i])) {
                return EXCEPTIONS[i + 1];
            }
        }
        if (word.codePointCount(0, word.length()) < 3) {
            return word;
        }
        w = new StringBuilder(word);
        boolean yFound = prelude();
        markRegions();
        step1a();
        step1b();
        step1c();
        step2();
        step3();
        step4();
        step5();
        if (yFound) {
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) == 'Y') {
                    w.setCharAt(i, 'y');
                }
            }
        }
        return w.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private boolean prelude() {
        boolean found = false;
        if (w.length() > 0 && w.charAt(0) == '\'') {
            w.deleteCharAt(0);
        }
        if (w.length() > 0 && w.charAt(0) == 'y') {
            w.setCharAt(0, 'Y');
            found = true;
        }
        for (int i = 1; i < w.length(); i++) {
            if (w.charAt(i) == 'y' && vowel(w.charAt(i - 1))) {
                w.setCharAt(i, 'Y');
                found = true;
            }
        }
        return found;
    }

    private void markRegions() {
        int n = w.length();
        p1 = n;
        p2 = n;
        int c = -1;
        for (String p : PREFIXES) {
            if (startsWith(p)) {
                c = p.length();
                break;
            }
        }
        if (c < 0) {
            c = pastVowelThenConsonant(0);
            if (c < 0) {
                return;
            }
        }
        p1 = c;
        int d = pastVowelThenConsonant(c);
        if (d >= 0) {
            p2 = d;
        }
    }

    /** Snowball's {@code gopast v gopast non-v} from {@code i}: the position after them, or −1. */
    private int pastVowelThenConsonant(int i) {
        int n = w.length();
        while (i < n && !vowel(w.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        i++;
        while (i < n && vowel(w.charAt(i))) {
            i++;
        }
        return i >= n ? -1 : i + 1;
    }

    private boolean startsWith(String p) {
        return w.length() >= p.length() && w.substring(0, p.length()).equals(p);
    }

    private boolean endsWith(String s) {
        int n = w.length();
        return n >= s.length() && w.substring(n - s.length()).equals(s);
    }

    private void replaceEnd(int suffix, String by) {
        w.replace(w.length() - suffix, w.length(), by);
    }

    /** A short syllable ends at {@code end}: consonant, vowel, consonant other than w, x, Y; a vowel and consonant at the start; or "past". */
    private boolean shortv(int end) {
        if (end >= 3 && !vowel(w.charAt(end - 3)) && vowel(w.charAt(end - 2)) && !vowel(w.charAt(end - 1))
                && "wxY".indexOf(w.charAt(end - 1)) < 0) {
            return true;
        }
        if (end == 2 && vowel(w.charAt(0)) && !vowel(w.charAt(1))) {
            return true;
        }
        return end >= 4 && w.substring(end - 4, end).equals("past");
    }

    private boolean hasVowel(int from, int to) {
        for (int i = from; i < to; i++) {
            if (vowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void step1a() {
        if (endsWith("'s'")) {
            replaceEnd(3, "");
        } else if (endsWith("'s")) {
            replaceEnd(2, "");
        } else if (endsWith("'")) {
            replaceEnd(1, "");
        }
        int n = w.length();
        if (endsWith("sses")) {
            replaceEnd(4, "ss");
        } else if (endsWith("ied") || endsWith("ies")) {
            replaceEnd(3, n - 3 >= 2 ? "i" : "ie");
        } else if (endsWith("us") || endsWith("ss")) {
            return;
        } else if (endsWith("s")) {
            // next gopast v: a vowel before the letter that precedes the s
            if (n >= 2 && hasVowel(0, n - 2)) {
                replaceEnd(1, "");
            }
        }
    }

    private void step1b() {
        int n = w.length();
        String suffix = null;
        for (String s : new String[] {"eedly", "ingly", "edly", "eed", "ing", "ed"}) {
            if (endsWith(s)) {
                suffix = s;
                break;
            }
        }
        if (suffix == null) {
            return;
        }
        int start = n - suffix.length();
        if (suffix.equals("eed") || suffix.equals("eedly")) {
            String before = w.substring(0, start);
            if (before.equals("proc") || before.equals("exc") || before.equals("succ")) {
                return;
            }
            if (start >= p1) {
                replaceEnd(suffix.length(), "ee");
            }
            return;
        }
        if (suffix.equals("ing")) {
            String before = w.substring(0, start);
            // dying → die, lying → lie: one consonant, then y
            if (before.length() == 2 && before.charAt(1) == 'y' && !vowel(before.charAt(0))) {
                w.replace(start - 1, n, "ie");
                return;
            }
            if (before.equals("inn") || before.equals("out") || before.equals("cann") || before.equals("herr")
                    || before.equals("earr") || before.equals("even")) {
                return;
            }
        }
        if (!hasVowel(0, start)) {
            return;
        }
        w.setLength(start);
        int e = w.length();
        if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
            w.append('e');
            return;
        }
        if (e >= 2 && w.charAt(e - 1) == w.charAt(e - 2) && "bdfgmnprt".indexOf(w.charAt(e - 1)) >= 0) {
            if (!(e == 3 && "aeo".indexOf(w.charAt(0)) >= 0)) {
                w.setLength(e - 1);
            }
            return;
        }
        if (e == p1 && shortv(e)) {
            w.append('e');
        }
    }

    private void step1c() {
        int n = w.length();
        if (n >= 3 && (w.charAt(n - 1) == 'y' || w.charAt(n - 1) == 'Y') && !vowel(w.charAt(n - 2))) {
            w.setCharAt(n - 1, 'i');
        }
    }

    private void step2() {
        int n = w.length();
        for (int i = 0; i < STEP2.length; i += 2) {
            String s = STEP2[i];
            if (!endsWith(s)) {
                continue;
            }
            int start = n - s.length();
            if (start < p1) {
                return;
            }
            if (s.equals("ogi")) {
                if (start >= 1 && w.charAt(start - 1) == 'l') {
                    replaceEnd(3, "og");
                }
            } else if (s.equals("li")) {
                if (start >= 1 && "cdeghkmnrt".indexOf(w.charAt(start - 1)) >= 0) {
                    replaceEnd(2, "");
                }
            } else {
                replaceEnd(s.length(), STEP2[i + 1]);
            }
            return;
        }
    }

    private void step3() {
        int n = w.length();
        for (int i = 0; i < STEP3.length; i += 2) {
            String s = STEP3[i];
            if (!endsWith(s)) {
                continue;
            }
            int start = n - s.length();
            if (start < p1) {
                return;
            }
            if (s.equals("ative")) {
                if (start >= p2) {
                    replaceEnd(5, "");
                }
            } else {
                replaceEnd(s.length(), STEP3[i + 1]);
            }
            return;
        }
    }

    private void step4() {
        int n = w.length();
        for (String s : STEP4) {
            if (!endsWith(s)) {
                continue;
            }
            int start = n - s.length();
            if (start < p2) {
                return;
            }
            if (s.equals("ion")) {
                if (start >= 1 && (w.charAt(start - 1) == 's' || w.charAt(start - 1) == 't')) {
                    replaceEnd(3, "");
                }
            } else {
                replaceEnd(s.length(), "");
            }
            return;
        }
    }

    private void step5() {
        int n = w.length();
        if (n == 0) {
            return;
        }
        char last = w.charAt(n - 1);
        if (last == 'e') {
            int start = n - 1;
            if (start >= p2 || (start >= p1 && !shortv(start))) {
                w.setLength(start);
            }
        } else if (last == 'l') {
            int start = n - 1;
            if (start >= p2 && start >= 1 && w.charAt(start - 1) == 'l') {
                w.setLength(start);
            }
        }
    }
}
