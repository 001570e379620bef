package cn.shenbao.forms.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateRegistryTest {
    @Test
    void loadsTheKczgDefinition() {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        assertThat(t.title()).isEqualTo("“科创中国”科技服务团项目申报书");
        assertThat(t.sections()).extracting(SectionDef::id).startsWith("cover", "unit", "basic").contains("annex");
        assertThat(t.field("members[3].name").label()).isEqualTo("姓名");
        assertThat(t.field("leader.name").type()).isEqualTo(FieldType.TEXT);
        assertThat(t.field("projectPeriod.from").type()).isEqualTo(FieldType.DATE);
        assertThat(t.field("industryFields").options()).hasSize(29).startsWith("新一代信息技术").endsWith("其他");
        assertThat(t.param("completionDeadline")).isEqualTo("2025-03-31");
        assertThat(t.labelOf("members[2].name")).isEqualTo("项目负责人及主要参加人员 第3行 › 姓名");
        assertThat(t.labelOf("unitHead.title")).isEqualTo("负责人 › 职称/职务");
        assertThat(t.labelOf("unitHead.name")).as("a sub-field named like its group").isEqualTo("负责人");
    }

    /**
     * Issue 15: {@code validate} and {@code export} of one draft read and check that draft's definition only, so
     * the cold start does not grow with the number of forms. A file of the index that is broken (here: missing)
     * is not touched until every definition is asked for, and then it is reported by name.
     */
    @Test
    void readsADefinitionOnlyWhenItIsAskedFor() {
        TemplateRegistry r = TemplateRegistry.lazy(java.util.List.of("kczg-2024.json", "no-such-form-2099.json"));
        assertThat(r.first().id()).isEqualTo("kczg-2024");
        assertThat(r.get("kczg-2024").id()).isEqualTo("kczg-2024");
        assertThat(r.find("kczg-2024")).containsSame(r.get("kczg-2024"));
        org.assertj.core.api.Assertions.assertThatThrownBy(r::all)
                .hasMessageContaining("no-such-form-2099.json");
    }

    @Test
    void theBuiltInRegistryListsEveryFormOfTheIndexInItsOrder() throws Exception {
        java.util.List<String> index;
        try (var in = TemplateRegistry.class.getResourceAsStream("/cn/shenbao/forms/templates/index.txt")) {
            index = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceFirst("\\.json$", "")).toList();
        }
        assertThat(TemplateRegistry.builtIn().all()).extracting(TemplateDef::id).containsExactlyElementsOf(index);
        assertThat(TemplateRegistry.builtIn().find("no-such-form")).isEmpty();
    }
}
