using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Newsroom;

namespace NewsSite.Store.Configurations;

internal sealed class NewsroomUserConfiguration : IEntityTypeConfiguration<NewsroomUser>
{
    public void Configure(EntityTypeBuilder<NewsroomUser> user) =>
        user.Property(u => u.DisplayName).HasMaxLength(NewsroomUser.DisplayNameMaxLength);
}
