using Microsoft.EntityFrameworkCore;

namespace RowsApp;

/// <summary>The EF Core context: its whole mapping is the one generated call.</summary>
public sealed class RowsContext(DbContextOptions<RowsContext> options) : DbContext(options)
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyBackendInABoxModel(Database);
}
