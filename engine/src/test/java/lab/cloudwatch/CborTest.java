package lab.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * CBOR as the SDK's CloudWatch client writes it (indefinite-length maps, timestamps as tag 1 with a float32, doubles
 * in their shortest width) reads into plain values, what the endpoint writes reads back the same, and a malformed or
 * hostile document is refused in one line rather than read past its end or into a deep recursion.
 */
class CborTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Test
    void readsWhatTheSdkWrites() throws Exception {
        // {_ "Period": 60, "StartTime": 1(1704067200.0 as float32), "Ratio": 1.5 (half), "Stats": ["Sum"]}
        byte[] request = hex("bf 66 506572696f64 18 3c 69 537461727454696d65 c1 fa 4ecb2401"
                + " 65 526174696f f9 3e00 65 5374617473 81 63 53756d ff");
        assertThat(Cbor.read(request)).isEqualTo(Map.of("Period", 60L,
                "StartTime", Instant.parse("2024-01-01T00:00:00Z"), "Ratio", 1.5, "Stats", List.of("Sum")));
    }

    @Test
    void anEmptyBodyIsAnEmptyMap() throws Exception {
        assertThat(Cbor.read(new byte[0])).isEqualTo(Map.of());
        assertThat(Cbor.read(hex("bf ff"))).isEqualTo(Map.of());
    }

    @Test
    void whatItWritesReadsBackTheSame() throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("Label", "ConsumedReadCapacityUnits");
        answer.put("Datapoints", List.of(Map.of("Timestamp", Instant.parse("2026-12-03T09:40:00Z"), "Sum", 2.5,
                "SampleCount", 3.0, "Unit", "Count"), Map.of("Timestamp", Instant.parse("2026-12-03T09:41:00.250Z"))));
        answer.put("Big", 5_000_000_000L);
        answer.put("Negative", -300L);
        answer.put("Empty", null);
        answer.put("Yes", true);
        assertThat(Cbor.read(Cbor.write(answer))).isEqualTo(answer);
    }

    @Test
    void aMalformedOrHostileDocumentIsRefusedInOneLine() {
        assertThatThrownBy(() -> Cbor.read(hex("bf 66 506572696f64 18"))).as("cut short")
                .isInstanceOf(Cbor.Malformed.class).hasMessageContaining("ends in the middle");
        assertThatThrownBy(() -> Cbor.read(hex("7b 7fffffffffffffff"))).as("a string longer than anything")
                .isInstanceOf(Cbor.Malformed.class).hasMessageContaining("longer than the document");
        assertThatThrownBy(() -> Cbor.read(hex("9b 00000000ffffffff"))).as("an array longer than the document")
                .isInstanceOf(Cbor.Malformed.class);
        assertThatThrownBy(() -> Cbor.read(hex("81".repeat(10_000) + "00"))).as("arrays nested ten thousand deep")
                .isInstanceOf(Cbor.Malformed.class).hasMessageContaining("nested");
        assertThatThrownBy(() -> Cbor.read(hex("a1 01 02"))).as("a key that is not text")
                .isInstanceOf(Cbor.Malformed.class);
        assertThatThrownBy(() -> Cbor.read(hex("00 00"))).as("two documents")
                .isInstanceOf(Cbor.Malformed.class);
        assertThatThrownBy(() -> Cbor.read(hex("c1 63 616263"))).as("a timestamp that is text")
                .isInstanceOf(Cbor.Malformed.class);
    }
}
