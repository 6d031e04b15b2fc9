namespace BackendInABox.Runtime.Tests.DataSafety;

/// <summary>
/// Three tables that refer to each other (customers ← orders ← order_lines, and customers referring to themselves), so
/// a rebuild of any of them has rows above and below it.
/// </summary>
internal static class ShopSchemas
{
    public static string Customer(bool withNickname = true) => $$"""
        name: Customer
        table: customers
        fields:
          id:       { type: integer, primary: true }
          email:    { type: string, required: true, max_length: 200 }
          referrer: { type: ref, target: Customer, on_delete: set_null }
        {{(withNickname ? "  nickname: { type: string, max_length: 40 }" : string.Empty)}}
        """;

    public static string Order(string onDelete, bool withNote = true) => $$"""
        name: Order
        table: orders
        fields:
          id:       { type: integer, primary: true }
          customer: { type: ref, target: Customer, on_delete: {{onDelete}} }
        {{(withNote ? "  note: { type: string, max_length: 40 }" : string.Empty)}}
        """;

    public const string OrderLine = """
        name: OrderLine
        table: order_lines
        fields:
          id:       { type: integer, primary: true }
          order:    { type: ref, target: Order, required: true, on_delete: cascade }
          quantity: { type: integer, required: true, default: 1 }
        """;

    public const string Rows = """
        INSERT INTO customers (id, email, referrer_id, nickname) VALUES (1, 'ada@example.com', NULL, 'ada'), (2, 'alan@example.com', 1, 'al'), (3, 'grace@example.com', 2, NULL);
        INSERT INTO orders (id, customer_id, note) VALUES (10, 1, 'first'), (11, 1, 'second'), (12, 2, NULL), (13, NULL, 'walk-in');
        INSERT INTO order_lines (id, order_id, quantity) VALUES (100, 10, 2), (101, 10, 1), (102, 12, 5), (103, 13, 1)
        """;

    /// <summary>Every key of the shop, as text, for comparing before and after a migration.</summary>
    public const string Keys = """
        SELECT 'c' || id || ':' || COALESCE(CAST(referrer_id AS TEXT), '-') || ':' || email FROM customers
        UNION ALL SELECT 'o' || id || ':' || COALESCE(CAST(customer_id AS TEXT), '-') FROM orders
        UNION ALL SELECT 'l' || id || ':' || order_id || ':' || quantity FROM order_lines
        ORDER BY 1
        """;
}
