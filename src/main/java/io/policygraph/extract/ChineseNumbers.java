package io.policygraph.extract;

import java.util.OptionalInt;

/** Reads the small numbers plans use for numbering and counting: 一 … 九十九, 两, 〇, and Arabic digits. */
public final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value of {@code s} ("十三", "二十", "两", "12"), or empty when it is not such a number. */
    public static OptionalInt parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalInt.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
        }
        if (s.equals("两")) {
            return OptionalInt.of(2);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : OptionalInt.empty();
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
            return OptionalInt.empty();
        }
        int tens = 1;
        if (ten == 1) {
            OptionalInt t = digit(s.charAt(0));
            if (t.isEmpty() || t.getAsInt() == 0) {
                return OptionalInt.empty();
            }
            tens = t.getAsInt();
        }
        int units = 0;
        if (ten + 1 < s.length()) {
            OptionalInt u = digit(s.charAt(ten + 1));
            if (u.isEmpty() || u.getAsInt() == 0) {
                return OptionalInt.empty();
            }
            units = u.getAsInt();
        }
        return OptionalInt.of(tens * 10 + units);
    }

    /** The inverse of {@link #parse} for 1 … 99, as numbering is printed ("十一", "二十"). */
    public static String format(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("numbering out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    private static OptionalInt digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }
}
