namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>Schema files the workflows start from and edit, written as a user would.</summary>
internal static class Schemas
{
    public const string Customer = """
        name: Customer
        table: customers
        fields:
          id:    { type: integer, primary: true }
          email: { type: string, required: true, max_length: 200 }
        """;

    public const string CustomerWithPhone = """
        name: Customer
        table: customers
        fields:
          id:    { type: integer, primary: true }
          email: { type: string, required: true, max_length: 200 }
          phone: { type: string, max_length: 20 }
        """;

    public const string CustomerWithNumericPhone = """
        name: Customer
        table: customers
        fields:
          id:    { type: integer, primary: true }
          email: { type: string, required: true, max_length: 200 }
          phone: { type: bigint }
        """;

    public const string CustomerWithAge = """
        name: Customer
        table: customers
        fields:
          id:    { type: integer, primary: true }
          email: { type: string, required: true, max_length: 200 }
          age:   { type: integer }
        """;

    public const string Order = """
        name: Order
        table: orders
        fields:
          id:       { type: integer, primary: true }
          total:    { type: decimal, precision: 10, scale: 2, required: true, default: 0 }
          customer: { type: ref, target: Customer, required: true, on_delete: cascade }
        """;

    public const string TicketWithTextCode = """
        name: Ticket
        table: tickets
        fields:
          id:   { type: integer, primary: true }
          code: { type: string, max_length: 20 }
        """;

    public const string TicketWithIntegerCode = """
        name: Ticket
        table: tickets
        fields:
          id:   { type: integer, primary: true }
          code: { type: integer }
        """;
}
