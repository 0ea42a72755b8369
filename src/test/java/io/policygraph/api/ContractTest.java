package io.policygraph.api;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.AstPrinter;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minimum contract (a copy of shared/contract/schema-minimum.graphqls) is a promise to
 * frontends and to the scorer: every type, field, argument and enum value in it must be served with
 * the same name and type.
 */
class ContractTest extends SeededServiceTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void theServedSchemaHasEverythingTheContractPromises() throws Exception {
        var contract = new SchemaParser().parse(new InputStreamReader(
                getClass().getResourceAsStream("/contract/schema-minimum.graphqls"), StandardCharsets.UTF_8));
        var served = graphQlSource.schema();
        var missing = new ArrayList<String>();

        contract.types().values().forEach(type -> {
            if (type instanceof ObjectTypeDefinition object) {
                checkFields(served, object.getName(), object.getFieldDefinitions(), missing);
            } else if (type instanceof InterfaceTypeDefinition iface) {
                checkFields(served, iface.getName(), iface.getFieldDefinitions(), missing);
            } else if (type instanceof InputObjectTypeDefinition input) {
                if (!(served.getType(input.getName()) instanceof GraphQLInputObjectType servedInput)) {
                    missing.add("input " + input.getName());
                    return;
                }
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    var servedField = servedInput.getField(field.getName());
                    if (servedField == null || !GraphQLTypeUtil.simplePrint(servedField.getType())
                            .equals(AstPrinter.printAst(field.getType()))) {
                        missing.add(input.getName() + "." + field.getName());
                    }
                }
            } else if (type instanceof EnumTypeDefinition enumType) {
                if (!(served.getType(enumType.getName()) instanceof GraphQLEnumType servedEnum)) {
                    missing.add("enum " + enumType.getName());
                    return;
                }
                enumType.getEnumValueDefinitions().stream()
                        .filter(v -> servedEnum.getValue(v.getName()) == null)
                        .forEach(v -> missing.add(enumType.getName() + "." + v.getName()));
            }
        });
        contract.scalars().values().stream().map(ScalarTypeDefinition::getName)
                .filter(name -> served.getType(name) == null).forEach(name -> missing.add("scalar " + name));

        assertThat(missing).as("contract elements missing or changed in the served schema").isEmpty();
    }

    private static void checkFields(GraphQLSchema served, String typeName, List<FieldDefinition> fields,
                                    List<String> missing) {
        if (!(served.getType(typeName) instanceof GraphQLFieldsContainer container)) {
            missing.add("type " + typeName);
            return;
        }
        for (var field : fields) {
            var servedField = container.getFieldDefinition(field.getName());
            if (servedField == null || !GraphQLTypeUtil.simplePrint(servedField.getType())
                    .equals(AstPrinter.printAst(field.getType()))) {
                missing.add(typeName + "." + field.getName());
                continue;
            }
            for (var argument : field.getInputValueDefinitions()) {
                var servedArgument = servedField.getArgument(argument.getName());
                if (servedArgument == null || !GraphQLTypeUtil.simplePrint(servedArgument.getType())
                        .equals(AstPrinter.printAst(argument.getType()))) {
                    missing.add(typeName + "." + field.getName() + "(" + argument.getName() + ")");
                }
            }
        }
    }
}
