namespace BackendInABox.Package.Tests.DataAccess;

/// <summary>
/// The EF Core app's own code: a context whose whole mapping is the one generated call, and a scenario that writes a
/// row with every field type and one with every optional field empty, reads them back, queries by key, by a foreign
/// key and by enum labels, updates and deletes. It prints each value that differs and exits 1 on any.
/// </summary>
internal static class EfCoreRowsApp
{
    public static readonly (string Name, string Version)[] Packages =
    [
        ("Microsoft.EntityFrameworkCore.Sqlite", RowsApp.RepositoryVersion("Microsoft.EntityFrameworkCore.Sqlite")),
        ("Npgsql.EntityFrameworkCore.PostgreSQL", RowsApp.RepositoryVersion("Npgsql.EntityFrameworkCore.PostgreSQL")),
    ];

    public const string Context = """
        using Microsoft.EntityFrameworkCore;

        namespace RowsApp;

        public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
        {
            public DbSet<Customer> Customers => Set<Customer>();

            public DbSet<Order> Orders => Set<Order>();

            public DbSet<OrderLine> OrderLines => Set<OrderLine>();

            protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyBackendInABoxModel();
        }
        """;

    /// <summary>The app's half of an entity: attributes on generated properties, which it declares partial.</summary>
    public const string CustomerAttributes = """
        namespace RowsApp;

        public partial class Customer
        {
            [System.Text.Json.Serialization.JsonIgnore]
            public partial string? Notes { get; set; }

            [System.ComponentModel.DataAnnotations.EmailAddress]
            public partial string? Email { get; set; }

            [System.Text.Json.Serialization.JsonPropertyName("plan")]
            public partial CustomerTier Tier { get; set; }
        }
        """;

    public const string Checks = """
        namespace RowsApp;

        internal sealed class Checks
        {
            private readonly List<string> _failures = [];

            public void Equal<T>(string what, T expected, T actual)
            {
                if (!EqualityComparer<T>.Default.Equals(expected, actual))
                {
                    _failures.Add($"{what}: expected {Show(expected)}, read {Show(actual)}");
                }
            }

            public void Sequence<T>(string what, IEnumerable<T>? expected, IEnumerable<T>? actual)
            {
                if (expected is null ? actual is not null : actual is null || !expected.SequenceEqual(actual))
                {
                    _failures.Add($"{what}: expected [{string.Join(", ", expected ?? [])}], read [{string.Join(", ", actual ?? [])}]");
                }
            }

            public int Report()
            {
                foreach (var failure in _failures)
                {
                    Console.WriteLine("MISMATCH " + failure);
                }

                Console.WriteLine(_failures.Count == 0 ? "ROWS OK" : $"{_failures.Count} MISMATCHES");
                return _failures.Count == 0 ? 0 : 1;
            }

            private static string Show<T>(T value) => value switch
            {
                null => "null",
                DateTime time => time.ToString("O") + " " + time.Kind,
                DateTimeOffset offset => offset.ToString("O"),
                _ => value.ToString() ?? "",
            };
        }
        """;

    /// <summary>Arguments: <c>postgres</c> or <c>sqlite</c>, then the connection string.</summary>
    public const string Run = """
        var options = new DbContextOptionsBuilder<ShopContext>();
        if (args[0] == "postgres") options.UseNpgsql(args[1]);
        else options.UseSqlite(args[1]);
        var check = new Checks();
        await using var db = new ShopContext(options.Options);

        var full = new Customer
        {
            DisplayName = "Ada Lovelace",
            Email = "ada@example.com",
            Tier = CustomerTier.ProPlus,
            Standing = CustomerStanding.OnHold,
            Balance = 123456789012345.6789m,
            Credit = -0.0001m,
            Visits = 3,
            Points = 9007199254740993L,
            Floor = -2,
            Ratio = 1.5f,
            Score = 2.25,
            IsActive = false,
            BornOn = new DateOnly(1990, 5, 17),
            WakesAt = new TimeOnly(6, 30, 15),
            // The hour Berlin's clocks skip: a zone-dependent reading would move it.
            SeenAt = new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc),
            LastLogin = new DateTime(2026, 1, 2, 23, 59, 59, 123, DateTimeKind.Utc),
            LocalTime = new DateTime(2026, 3, 29, 2, 30, 0, DateTimeKind.Unspecified),
            PaidAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            Preferences = "{\"theme\": \"dark\"}",
            Avatar = [0, 1, 254, 255],
            Country = "DE",
            Notes = "first line\nsecond line",
            Tags = ["vip", "early"],
            Lucky = [7, 13],
        };
        var blank = new Customer { DisplayName = "Blank" };
        var json = System.Text.Json.JsonSerializer.Serialize(full);
        check.Equal("JSON has the tier's label under the app's name", true, json.Contains("\"plan\":\"pro_plus\""));
        check.Equal("JSON has the native enum's label", true, json.Contains("\"Standing\":\"On Hold\""));
        check.Equal("JSON leaves out what the app's [JsonIgnore] says", false, json.Contains("second line"));
        check.Equal("the app's [EmailAddress] and the generated [MaxLength] on Email", 2,
            typeof(Customer).GetProperty(nameof(Customer.Email))!.GetCustomAttributes(true).Count(a => a is System.ComponentModel.DataAnnotations.EmailAddressAttribute or System.ComponentModel.DataAnnotations.MaxLengthAttribute));
        check.Equal("a label read back from JSON", CustomerTier.ProPlus, System.Text.Json.JsonSerializer.Deserialize<Customer>(json)!.Tier);
        db.AddRange(full, blank);
        await db.SaveChangesAsync();
        var order = new Order { CustomerId = full.Id, Total = 1234567890.12m, PlacedAt = new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc) };
        db.Add(order);
        await db.SaveChangesAsync();
        check.Equal("the order's generated id is positive", true, order.Id > 0);
        db.AddRange(new OrderLine { OrderId = order.Id, Line = 1, Sku = "SKU-1", Quantity = 2 }, new OrderLine { OrderId = order.Id, Line = 2, Sku = "SKU-2" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var read = await db.Customers.SingleAsync(c => c.Id == full.Id);
        check.Equal("DisplayName", full.DisplayName, read.DisplayName);
        check.Equal("Email", full.Email, read.Email);
        check.Equal("Tier", full.Tier, read.Tier);
        check.Equal("Standing", full.Standing, read.Standing);
        check.Equal("Balance", full.Balance, read.Balance);
        check.Equal("Balance digits", "123456789012345.6789", read.Balance.ToString(System.Globalization.CultureInfo.InvariantCulture));
        check.Equal("Credit", full.Credit, read.Credit);
        check.Equal("Visits", full.Visits, read.Visits);
        check.Equal("Points", full.Points, read.Points);
        check.Equal("Floor", full.Floor, read.Floor);
        check.Equal("Ratio", full.Ratio, read.Ratio);
        check.Equal("Score", full.Score, read.Score);
        check.Equal("IsActive", full.IsActive, read.IsActive);
        check.Equal("BornOn", full.BornOn, read.BornOn);
        check.Equal("WakesAt", full.WakesAt, read.WakesAt);
        check.Equal("SeenAt", full.SeenAt, read.SeenAt);
        check.Equal("SeenAt kind", DateTimeKind.Utc, read.SeenAt.Kind);
        check.Equal("LastLogin", full.LastLogin, read.LastLogin);
        check.Equal("LastLogin kind", DateTimeKind.Utc, read.LastLogin?.Kind);
        check.Equal("LocalTime", full.LocalTime, read.LocalTime);
        check.Equal("LocalTime kind", DateTimeKind.Unspecified, read.LocalTime?.Kind);
        check.Equal("PaidAt instant", full.PaidAt?.UtcDateTime, read.PaidAt?.UtcDateTime);
        check.Equal("PaidAt offset", TimeSpan.Zero, read.PaidAt?.Offset);
        check.Equal("Preferences", full.Preferences, read.Preferences);
        check.Sequence("Avatar", full.Avatar, read.Avatar);
        check.Equal("Country", full.Country, read.Country);
        check.Equal("Notes", full.Notes, read.Notes);
        check.Sequence("Tags", full.Tags, read.Tags);
        check.Sequence("Lucky", full.Lucky, read.Lucky);

        var empty = await db.Customers.FindAsync(blank.Id);
        check.Equal("blank Email", null, empty!.Email);
        check.Equal("blank Tier (default)", CustomerTier.Free, empty.Tier);
        check.Equal("blank Standing", null, empty.Standing);
        check.Equal("blank Credit", null, empty.Credit);
        check.Equal("blank Points", null, empty.Points);
        check.Equal("blank LastLogin", null, empty.LastLogin);
        check.Equal("blank PaidAt", null, empty.PaidAt);
        check.Equal("blank Preferences", null, empty.Preferences);
        check.Sequence("blank Avatar", null, empty.Avatar);
        check.Sequence("blank Tags", [], empty.Tags);
        check.Sequence("blank Lucky", null, empty.Lucky);

        var byLabels = db.Customers.Where(c => c.Tier == CustomerTier.ProPlus && c.Standing == CustomerStanding.OnHold).Select(c => c.Id).ToList();
        check.Sequence("customers found by their enum labels", [full.Id], byLabels);
        var orders = db.Orders.Where(o => o.CustomerId == full.Id).ToList();
        check.Equal("orders found by the customer's id", 1, orders.Count);
        check.Equal("order Total", 1234567890.12m, orders.Single().Total);
        check.Equal("order PlacedAt", order.PlacedAt, orders.Single().PlacedAt);
        var line = await db.OrderLines.FindAsync(order.Id, 2);
        check.Equal("line found by its composite key", "SKU-2", line?.Sku);
        check.Equal("line Quantity (default)", 1, line?.Quantity);

        read.Tier = CustomerTier.Enterprise;
        read.Standing = CustomerStanding.Good;
        read.Balance = -98765432109876.5432m;
        read.Preferences = "{\"theme\": \"light\"}";
        read.Tags.Add("renewed");
        read.PaidAt = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(-5));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var updated = await db.Customers.FindAsync(full.Id);
        check.Equal("updated Tier", CustomerTier.Enterprise, updated!.Tier);
        check.Equal("updated Standing", CustomerStanding.Good, updated.Standing);
        check.Equal("updated Balance", -98765432109876.5432m, updated.Balance);
        check.Equal("updated Preferences", "{\"theme\": \"light\"}", updated.Preferences);
        check.Sequence("updated Tags", ["vip", "early", "renewed"], updated.Tags);
        check.Equal("updated PaidAt", new DateTime(2026, 7, 1, 17, 0, 0, DateTimeKind.Utc), updated.PaidAt?.UtcDateTime);

        db.Remove(updated);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        check.Sequence("customers left after the delete", [blank.Id], db.Customers.Select(c => c.Id).ToList());
        check.Equal("orders left (the database cascades)", 0, db.Orders.Count());
        check.Equal("order lines left (the database cascades)", 0, db.OrderLines.Count());
        return check.Report();
        """;
}
