using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsSite.Articles;
using NewsSite.Media;
using NewsSite.Web.Media;

namespace NewsSite.Web.Stories;

/// <summary>
/// The hero image part of the story form, applied to the story before the desk saves it: upload (checked by its bytes,
/// stored by content), replace, remove, and alt text required whenever an image stays. News hero images carry
/// information, so an empty ("decorative") alt is not offered. Errors go to the form's model state.
/// </summary>
public sealed class StoryHeroImage(MediaLibrary media)
{
    public const string FileField = "Form.HeroImage";
    public const string AltField = "Form.HeroImageAlt";

    public async Task ApplyAsync(Article article, StoryForm form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var chosen = await ChooseAsync(form, errors, cancellationToken);
        form.HeroImageKept = chosen?.Name;
        if (chosen is not null)
        {
            article.HeroImageUrl = chosen.Url;
            article.HeroImageWidth = chosen.Info.Width;
            article.HeroImageHeight = chosen.Info.Height;
        }
        else if (form.RemoveHeroImage)
        {
            SavedHeroImage.Apply(null, article);
        }

        article.HeroImageAlt = article.HeroImageUrl is null || string.IsNullOrWhiteSpace(form.HeroImageAlt) ? null : form.HeroImageAlt.Trim();
        if (article.HeroImageUrl is not null && article.HeroImageAlt is null)
        {
            errors.AddModelError(AltField, "Describe the hero image in a few words (alt text): readers who cannot see it hear this instead.");
        }
    }

    // A new file wins over one kept from an earlier try, which wins over nothing.
    private async Task<StoredImage?> ChooseAsync(StoryForm form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (form.HeroImage is { Length: > 0 } file)
        {
            try
            {
                return await media.AcceptAsync(file, cancellationToken);
            }
            catch (InvalidImageException refused)
            {
                errors.AddModelError(FileField, refused.Message);
                return null;
            }
        }

        if (form.HeroImageKept is { Length: > 0 } kept)
        {
            var image = await media.FindAsync(kept, cancellationToken);
            if (image is null)
            {
                errors.AddModelError(FileField, "The image chosen before is no longer there: choose it again.");
            }

            return image;
        }

        return null;
    }
}
