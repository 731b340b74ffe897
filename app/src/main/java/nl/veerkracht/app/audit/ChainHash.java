package nl.veerkracht.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash of an audit entry: HMAC-SHA256 over the previous entry's hash and every field
 * of the entry. Without the key (held outside the database) nobody can recompute the chain.
 */
final class ChainHash {

  private final SecretKeySpec key;

  ChainHash(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  String of(String prevHash, long seq, String kind, String subject, String actor, String recordedAt, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (String part : new String[] {prevHash, Long.toString(seq), kind, subject, actor, recordedAt, content}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        mac.update(bytes);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
