package dev.cloudfit.vsphere.tags;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads (and, for tests and the migrate plugin, writes) vSphere tags through the
 * {@code com.vmware.cis.tagging} REST services of one {@link VapiSession}.
 *
 * <p>Reading every tag assignment costs one call per category and per tag (their names) plus one
 * {@code list-attached-objects-on-tags} call per {@value #TAGS_PER_CALL} tags, instead of one call
 * per object: estates have thousands of VMs and tens of tags.
 */
public final class TaggingClient {

    /** How many tags one {@code list-attached-objects-on-tags} call asks about. */
    static final int TAGS_PER_CALL = 100;

    private static final String CATEGORY = "/com/vmware/cis/tagging/category";
    private static final String TAG = "/com/vmware/cis/tagging/tag";
    private static final String ASSOCIATION = "/com/vmware/cis/tagging/tag-association";

    private final VapiSession session;

    public TaggingClient(VapiSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** @return every category, by name */
    public List<TagCategory> categories() {
        List<TagCategory> out = new ArrayList<>();
        for (String id : ids(session.get(CATEGORY), "category list")) {
            out.add(category(session.get(CATEGORY + "/id:" + pathId(id))));
        }
        out.sort(Comparator.comparing(TagCategory::name).thenComparing(TagCategory::id));
        return out;
    }

    /** @return every tag, by category id and name */
    public List<Tag> tags() {
        List<Tag> out = new ArrayList<>();
        for (String id : ids(session.get(TAG), "tag list")) {
            out.add(tag(session.get(TAG + "/id:" + pathId(id))));
        }
        out.sort(Comparator.comparing(Tag::categoryId).thenComparing(Tag::name).thenComparing(Tag::id));
        return out;
    }

    /**
     * @param tagIds the tags to ask about
     * @return for each tag id asked about, the objects it is attached to (an empty list when none)
     */
    public Map<String, List<ManagedObjectReference>> attachedObjects(Collection<String> tagIds) {
        Map<String, List<ManagedObjectReference>> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(tagIds);
        for (String id : all) {
            out.put(id, new ArrayList<>());
        }
        for (int from = 0; from < all.size(); from += TAGS_PER_CALL) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + TAGS_PER_CALL));
            JsonNode answer = session.post(ASSOCIATION, "list-attached-objects-on-tags", Map.of("tag_ids", batch));
            for (JsonNode entry : answer) {
                String tagId = entry.path("tag_id").asText("");
                List<ManagedObjectReference> objects = out.get(tagId);
                if (objects == null) {
                    throw new ExternalSystemException("vCenter " + session.endpoint().host()
                            + " answered list-attached-objects-on-tags for a tag not asked about: " + tagId);
                }
                for (JsonNode object : entry.path("object_ids")) {
                    objects.add(reference(object));
                }
            }
        }
        return out;
    }

    /** @return the ids of the tags attached to one object */
    public List<String> attachedTags(ManagedObjectReference object) {
        return ids(session.post(ASSOCIATION, "list-attached-tags", Map.of("object_id", objectId(object))),
                "attached tags of " + object);
    }

    /**
     * Every tag assignment, resolved to category and tag names, sorted by object, category and tag.
     *
     * @return one entry per (object, tag)
     */
    public List<ObjectTag> objectTags() {
        Map<String, String> categoryNames = new LinkedHashMap<>();
        for (TagCategory c : categories()) {
            categoryNames.put(c.id(), c.name());
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag t : tags()) {
            tags.put(t.id(), t);
        }
        List<ObjectTag> out = new ArrayList<>();
        for (Map.Entry<String, List<ManagedObjectReference>> e : attachedObjects(tags.keySet()).entrySet()) {
            Tag tag = tags.get(e.getKey());
            String category = categoryNames.getOrDefault(tag.categoryId(), tag.categoryId());
            for (ManagedObjectReference object : e.getValue()) {
                out.add(new ObjectTag(object, category, tag.name()));
            }
        }
        out.sort(Comparator.comparing((ObjectTag o) -> o.object().type()).thenComparing(o -> o.object().value())
                .thenComparing(ObjectTag::category).thenComparing(ObjectTag::tag));
        return out;
    }

    /**
     * Creates a category.
     *
     * @param associableTypes e.g. {@code VirtualMachine}; empty for every type
     * @return its id
     * @throws VapiErrorException with {@link VapiErrorException#ALREADY_EXISTS} when the name is taken
     */
    public String createCategory(String name, String description, TagCategory.Cardinality cardinality,
                                 List<String> associableTypes) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", name);
        spec.put("description", description);
        spec.put("cardinality", cardinality.name());
        spec.put("associable_types", List.copyOf(associableTypes));
        return text(session.post(CATEGORY, null, Map.of("create_spec", spec)), "the id of the new category " + name);
    }

    /**
     * Creates a tag in a category.
     *
     * @return its id
     * @throws VapiErrorException with {@link VapiErrorException#ALREADY_EXISTS} when the category has that name
     */
    public String createTag(String categoryId, String name, String description) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", name);
        spec.put("description", description);
        spec.put("category_id", categoryId);
        return text(session.post(TAG, null, Map.of("create_spec", spec)), "the id of the new tag " + name);
    }

    /** Attaches a tag to an object (attaching it again changes nothing). */
    public void attach(String tagId, ManagedObjectReference object) {
        session.post(ASSOCIATION + "/id:" + pathId(tagId), "attach", Map.of("object_id", objectId(object)));
    }

    /** Deletes a category and its tags. */
    public void deleteCategory(String categoryId) {
        session.delete(CATEGORY + "/id:" + pathId(categoryId));
    }

    private TagCategory category(JsonNode node) {
        List<String> types = new ArrayList<>();
        for (JsonNode t : node.path("associable_types")) {
            types.add(t.asText());
        }
        String cardinality = node.path("cardinality").asText("MULTIPLE").toUpperCase(Locale.ROOT);
        return new TagCategory(required(node, "id"), required(node, "name"), node.path("description").asText(""),
                cardinality.equals("SINGLE") ? TagCategory.Cardinality.SINGLE : TagCategory.Cardinality.MULTIPLE, types);
    }

    private Tag tag(JsonNode node) {
        return new Tag(required(node, "id"), required(node, "name"), node.path("description").asText(""),
                required(node, "category_id"));
    }

    private ManagedObjectReference reference(JsonNode node) {
        return new ManagedObjectReference(required(node, "type"), required(node, "id"));
    }

    private static Map<String, String> objectId(ManagedObjectReference object) {
        return Map.of("type", object.type(), "id", object.value());
    }

    /** A list of ids; a missing value is an empty list (vcsim omits empty lists). */
    private List<String> ids(JsonNode value, String what) {
        List<String> out = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            throw new ExternalSystemException("vCenter " + session.endpoint().host() + " answered the " + what
                    + " with something that is not a list");
        }
        for (JsonNode id : value) {
            out.add(id.asText());
        }
        return out;
    }

    private String text(JsonNode value, String what) {
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ExternalSystemException("vCenter " + session.endpoint().host() + " did not answer " + what);
        }
        return value.asText();
    }

    private String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new ExternalSystemException("vCenter " + session.endpoint().host() + " answered a tagging object without '"
                    + field + "'");
        }
        return value.asText();
    }

    /** Ids go into URL paths: refuse anything that could leave the path segment. */
    private static String pathId(String id) {
        if (!id.matches("[A-Za-z0-9:_.\\-]+")) {
            throw new IllegalArgumentException("not a tagging id: " + id);
        }
        return id;
    }
}
