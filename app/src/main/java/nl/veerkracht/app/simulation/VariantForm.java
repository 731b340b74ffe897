package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.simulation.VariantPolicies;
import org.springframework.web.multipart.MultipartFile;

/**
 * One variant on the simulation form: the policy fields a policymaker changes most, so that no
 * JSON is needed, and for everything else a policy object, typed or uploaded. The fields filled
 * in on the form override the same fields of the object.
 */
public class VariantForm {

  private String name = "";
  private String art9ShareOverride = "";
  private String urgentQuotaDefault = "";
  private boolean art9AboveUrgent;
  private List<String> rentTypologies = new ArrayList<>();
  private String rentShare = "";
  private String json = "";
  private MultipartFile file;

  /** Whether nothing was filled in: such a variant (but the first) is left out. */
  boolean isEmpty() {
    return blank(name) && blank(art9ShareOverride) && blank(urgentQuotaDefault) && !art9AboveUrgent
        && rentTypologies.isEmpty() && blank(rentShare) && blank(json) && (file == null || file.isEmpty());
  }

  /** The policy object (a non-object policy is returned as it is, for the check to name). */
  JsonNode toPolicy(int index) {
    JsonNode given = given(index);
    if (!(given instanceof ObjectNode policy)) {
      return given;
    }
    if (!blank(name)) {
      policy.put("name", name.strip());
    }
    if (!blank(art9ShareOverride)) {
      policy.set("art9ShareOverride", share(art9ShareOverride));
    }
    if (!blank(urgentQuotaDefault)) {
      policy.set("urgentQuotaDefault", share(urgentQuotaDefault));
    }
    if (art9AboveUrgent) {
      policy.put("art9AboveUrgent", true);
    }
    if (!rentTypologies.isEmpty() || !blank(rentShare)) {
      ObjectNode steering = policy.putObject("rentSteering");
      ArrayNode typologies = steering.putArray("typologies");
      rentTypologies.forEach(typologies::add);
      steering.set("share", share(blank(rentShare) ? "0" : rentShare));
    }
    return policy;
  }

  /** The uploaded file, else the typed object, else an empty policy. */
  private JsonNode given(int index) {
    try {
      byte[] content = file != null && !file.isEmpty() ? file.getBytes()
          : blank(json) ? null : json.getBytes(StandardCharsets.UTF_8);
      return content == null ? ScenarioJson.mapper().createObjectNode() : VariantPolicies.parse(content, index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A share as typed: a decimal (a Dutch decimal comma too) is a number as written, anything else a fraction string. */
  static JsonNode share(String typed) {
    String text = typed.strip().replace(',', '.');
    return text.matches("[0-9]+(\\.[0-9]+)?") ? DecimalNode.valueOf(new BigDecimal(text)) : TextNode.valueOf(text);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getArt9ShareOverride() {
    return art9ShareOverride;
  }

  public void setArt9ShareOverride(String art9ShareOverride) {
    this.art9ShareOverride = art9ShareOverride;
  }

  public String getUrgentQuotaDefault() {
    return urgentQuotaDefault;
  }

  public void setUrgentQuotaDefault(String urgentQuotaDefault) {
    this.urgentQuotaDefault = urgentQuotaDefault;
  }

  public boolean isArt9AboveUrgent() {
    return art9AboveUrgent;
  }

  public void setArt9AboveUrgent(boolean art9AboveUrgent) {
    this.art9AboveUrgent = art9AboveUrgent;
  }

  public List<String> getRentTypologies() {
    return rentTypologies;
  }

  public void setRentTypologies(List<String> rentTypologies) {
    this.rentTypologies = rentTypologies == null ? new ArrayList<>() : rentTypologies;
  }

  public String getRentShare() {
    return rentShare;
  }

  public void setRentShare(String rentShare) {
    this.rentShare = rentShare;
  }

  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }
}
