using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;

namespace NewsSite.Browser.Tests.Accessibility;

/// <summary>axe violations as a failure message a developer can act on without opening a browser.</summary>
public static class AxeReport
{
    public static string Describe(string path, string width, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found violations on {path} ({width}):");
        foreach (var v in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {v.Id} [{v.Impact}] {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                // axe explains a failed node through the checks that did not pass: any one of "Any", every "All", no "None".
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine().Append("      ").Append(check.Message);
                }
            }
        }
        return text.ToString();
    }
}
