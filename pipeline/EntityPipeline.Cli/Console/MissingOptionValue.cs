using System.Reflection;
using EntityPipeline.Cli.Commands;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Console;

/// <summary>
/// Refuses an option given without its value (`run samples --out`). Spectre.Console.Cli 0.57 then binds the option to its
/// internal name "__default_command" instead of failing: `--out` would create a folder of that name.
/// </summary>
internal sealed class MissingOptionValue : ICommandInterceptor
{
    public const string Sentinel = "__default_command";

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        foreach (var property in settings.GetType().GetProperties())
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option) continue;
            var value = property.GetValue(settings);
            if (value is Sentinel || value is string[] values && values.Contains(Sentinel))
                throw new UsageException($"{option.LongNames.Select(n => "--" + n).FirstOrDefault()} needs a value: {option.ValueName ?? "a value"} after it");
        }
    }
}
