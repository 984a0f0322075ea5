package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The personal data a real roster has — mobile, identity number, full birth date, home address — invented for the
 * reference data as obviously fake values: mobiles in the 100 range no Chinese operator issues, addresses on
 * 示例路 ("example road"), identity numbers of Heshan's area code 440784 with the person's birth date. Drawn from a
 * random source of the person's own, seeded by their id, so that adding it shifts no other draw of the generation
 * (and no figure of the source).
 */
final class RosterDetails {

    /** The ISO 7064 weights and check characters of a resident identity number (GB 11643). */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final long seed;

    RosterDetails(long seed) {
        this.seed = seed;
    }

    /** The person's properties with the roster's personal data added (for a person with a birth year). */
    Map<String, Object> of(String personId, Map<String, Object> properties) {
        Object year = properties.get("birthYear");
        if (!(year instanceof Integer birthYear)) {
            return properties;
        }
        Random random = new Random(seed ^ personId.hashCode() * 0x9E37_79B9L);
        LocalDate birthDate = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
        boolean female = "FEMALE".equals(properties.get("gender"));
        Map<String, Object> withDetails = new LinkedHashMap<>(properties);
        withDetails.put("mobile", "100" + String.format("%08d", random.nextInt(100_000_000)));
        withDetails.put("idNumber", idNumber(birthDate, random.nextInt(500) * 2 + (female ? 0 : 1)));
        withDetails.put("birthDate", birthDate);
        withDetails.put("address", "广东省鹤山市示例路" + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(20)) + "栋"
                + (1 + random.nextInt(9)) + "0" + (1 + random.nextInt(4)));
        return withDetails;
    }

    /** 440784 + birth date + a sequence number (odd for men, even for women) + the check character. */
    static String idNumber(LocalDate birthDate, int sequence) {
        String body = "440784" + birthDate.toString().replace("-", "") + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}
