package io.policygraph.api;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Frontend developers read the schema in GraphiQL: every type, field, argument and enum value says what it is. */
class SchemaDocumentationTest extends SeededServiceTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        var undocumented = new ArrayList<String>();
        for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
            var name = type.getName();
            if (name.startsWith("__") || type instanceof graphql.schema.GraphQLScalarType s && !name.equals("Date")) {
                continue;
            }
            if (blank(type.getDescription()) && !name.equals("Query") && !name.equals("Mutation")) {
                undocumented.add(name);
            }
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(field -> {
                    if (blank(field.getDescription())) {
                        undocumented.add(name + "." + field.getName());
                    }
                    field.getArguments().stream().filter(a -> blank(a.getDescription()))
                            .forEach(a -> undocumented.add(name + "." + field.getName() + "(" + a.getName() + ")"));
                });
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream().filter(f -> blank(f.getDescription()))
                        .forEach(f -> undocumented.add(name + "." + f.getName()));
            }
            if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().stream().filter(v -> blank(v.getDescription()))
                        .forEach(v -> undocumented.add(name + "." + v.getName()));
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static boolean blank(String description) {
        return description == null || description.isBlank();
    }
}
