package org.twoway.scoring;

/** Numbers as a sentence shows them: rounded, without trailing zeros, the same in every locale. */
final class Wording {

    private Wording() {
    }

    /** 64.0 becomes "64", 12.25 becomes "12.3". */
    static String hours(double hours) {
        return rounded(hours, 1);
    }

    /** 3.2 becomes "3.2", 2.0 becomes "2". */
    static String ratio(double ratio) {
        return rounded(ratio, 1);
    }

    /** 0.8 becomes "80%". */
    static String percent(double share) {
        return rounded(share * 100, 0) + "%";
    }

    /** A 0..1 measure such as CS or EX: 0.8125 becomes "0.81". */
    static String measure(double measure) {
        return rounded(measure, 2);
    }

    /** A difference on the 1..5 answer scale: "1 point", "1.5 points". */
    static String points(double points) {
        String number = rounded(points, 1);
        return number + ("1".equals(number) ? " point" : " points");
    }

    /** Half away from zero; the decimal point only when a decimal is left after dropping trailing zeros. */
    private static String rounded(double value, int decimals) {
        long scale = (long) Math.pow(10, decimals);
        long units = Math.round(Math.abs(value) * scale);
        StringBuilder digits = new StringBuilder(Long.toString(units));
        while (digits.length() <= decimals) {
            digits.insert(0, '0');
        }
        digits.insert(digits.length() - decimals, '.');
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        if (digits.charAt(end - 1) == '.') {
            end--;
        }
        String number = digits.substring(0, end);
        return value < 0 && units != 0 ? "-" + number : number;
    }
}
