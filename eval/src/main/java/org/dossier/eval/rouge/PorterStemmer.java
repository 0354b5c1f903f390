package org.dossier.eval.rouge;

/**
 * The Porter (1980) suffix-stripping stemmer for lowercase English words, as in Martin Porter's reference C version
 * ({@code bli → ble}, {@code logi → log}). Words of one or two letters are returned unchanged. Stateless and thread-safe.
 */
public final class PorterStemmer {

    /** The stem of a lowercase word. */
    public String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        return new Buffer(word).run();
    }

    /** One word being stemmed: {@code b[0..k]} is the current stem and {@code j} marks a suffix start. */
    private static final class Buffer {
        private char[] b;
        private int k;
        private int j;

        Buffer(String word) {
            b = word.toCharArray();
            k = b.length - 1;
        }

        String run() {
            step1ab();
            if (k > 0) {
                step1c();
                step2();
                step3();
                step4();
                step5();
            }
            return new String(b, 0, k + 1);
        }

        private boolean cons(int i) {
            switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u':
                    return false;
                case 'y':
                    return i == 0 || !cons(i - 1);
                default:
                    return true;
            }
        }

        /** The number of vowel-consonant sequences in {@code b[0..j]}. */
        private int m() {
            int n = 0;
            int i = 0;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            while (true) {
                while (true) {
                    if (i > j) {
                        return n;
                    }
                    if (cons(i)) {
                        break;
                    }
                    i++;
                }
                i++;
                n++;
                while (true) {
                    if (i > j) {
                        return n;
                    }
                    if (!cons(i)) {
                        break;
                    }
                    i++;
                }
                i++;
            }
        }

        private boolean vowelInStem() {
            for (int i = 0; i <= j; i++) {
                if (!cons(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleC(int i) {
            return i >= 1 && b[i] == b[i - 1] && cons(i);
        }

        /** Consonant-vowel-consonant ending at {@code i}, the last not w, x or y. */
        private boolean cvc(int i) {
            if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
                return false;
            }
            char ch = b[i];
            return ch != 'w' && ch != 'x' && ch != 'y';
        }

        private boolean ends(String s) {
            int l = s.length();
            int o = k - l + 1;
            if (o < 0) {
                return false;
            }
            for (int i = 0; i < l; i++) {
                if (b[o + i] != s.charAt(i)) {
                    return false;
                }
            }
            j = k - l;
            return true;
        }

        private void setTo(String s) {
            int l = s.length();
            int o = j + 1;
            if (o + l > b.length) {
                char[] bigger = new char[o + l];
                System.arraycopy(b, 0, bigger, 0, b.length);
                b = bigger;
            }
            for (int i = 0; i < l; i++) {
                b[o + i] = s.charAt(i);
            }
            k = j + l;
        }

        private void r(String s) {
            if (m() > 0) {
                setTo(s);
            }
        }

        private void step1ab() {
            if (b[k] == 's') {
                if (ends("sses")) {
                    k -= 2;
                } else if (ends("ies")) {
                    setTo("i");
                } else if (b[k - 1] != 's') {
                    k--;
                }
            }
            if (ends("eed")) {
                if (m() > 0) {
                    k--;
                }
            } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
                k = j;
                if (ends("at")) {
                    setTo("ate");
                } else if (ends("bl")) {
                    setTo("ble");
                } else if (ends("iz")) {
                    setTo("ize");
                } else if (doubleC(k)) {
                    k--;
                    char ch = b[k];
                    if (ch == 'l' || ch == 's' || ch == 'z') {
                        k++;
                    }
                } else if (m() == 1 && cvc(k)) {
                    setTo("e");
                }
            }
        }

        private void step1c() {
            if (ends("y") && vowelInStem()) {
                b[k] = 'i';
            }
        }

        private boolean replace(String suffix, String with) {
            if (ends(suffix)) {
                r(with);
                return true;
            }
            return false;
        }

        private void step2() {
            switch (b[k - 1]) {
                case 'a' -> {
                    if (!replace("ational", "ate")) {
                        replace("tional", "tion");
                    }
                }
                case 'c' -> {
                    if (!replace("enci", "ence")) {
                        replace("anci", "ance");
                    }
                }
                case 'e' -> replace("izer", "ize");
                case 'l' -> {
                    if (!replace("bli", "ble") && !replace("alli", "al") && !replace("entli", "ent") && !replace("eli", "e")) {
                        replace("ousli", "ous");
                    }
                }
                case 'o' -> {
                    if (!replace("ization", "ize") && !replace("ation", "ate")) {
                        replace("ator", "ate");
                    }
                }
                case 's' -> {
                    if (!replace("alism", "al") && !replace("iveness", "ive") && !replace("fulness", "ful")) {
                        replace("ousness", "ous");
                    }
                }
                case 't' -> {
                    if (!replace("aliti", "al") && !replace("iviti", "ive")) {
                        replace("biliti", "ble");
                    }
                }
                case 'g' -> replace("logi", "log");
                default -> {
                }
            }
        }

        private void step3() {
            switch (b[k]) {
                case 'e' -> {
                    if (!replace("icate", "ic") && !replace("ative", "")) {
                        replace("alize", "al");
                    }
                }
                case 'i' -> replace("iciti", "ic");
                case 'l' -> {
                    if (!replace("ical", "ic")) {
                        replace("ful", "");
                    }
                }
                case 's' -> replace("ness", "");
                default -> {
                }
            }
        }

        private void step4() {
            if (k < 1) {
                return;
            }
            boolean found = switch (b[k - 1]) {
                case 'a' -> ends("al");
                case 'c' -> ends("ance") || ends("ence");
                case 'e' -> ends("er");
                case 'i' -> ends("ic");
                case 'l' -> ends("able") || ends("ible");
                case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
                case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
                case 's' -> ends("ism");
                case 't' -> ends("ate") || ends("iti");
                case 'u' -> ends("ous");
                case 'v' -> ends("ive");
                case 'z' -> ends("ize");
                default -> false;
            };
            if (found && m() > 1) {
                k = j;
            }
        }

        private void step5() {
            j = k;
            if (b[k] == 'e') {
                int a = m();
                if (a > 1 || a == 1 && !cvc(k - 1)) {
                    k--;
                }
            }
            if (b[k] == 'l' && doubleC(k) && m() > 1) {
                k--;
            }
        }
    }
}
