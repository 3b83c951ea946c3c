using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Newsroom;

namespace NewsSite.Store.Configurations;

/// <summary>The roles are part of the schema, like the sections: every store has them from its first migration on.</summary>
internal sealed class NewsroomRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> role) =>
        role.HasData(NewsroomRoles.All.Select(name => new IdentityRole(name)
        {
            // Fixed values: seed data must be the same in every model build, or each build looks like a change.
            Id = "newsroom-" + name.ToLowerInvariant(),
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = "newsroom-" + name.ToLowerInvariant(),
        }));
}
