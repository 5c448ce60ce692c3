using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Data;
using SCOModel.Learning.Features;
using SCOModel.Learning.Regressors;

namespace SCOModel.Learning.Persistence;

/// <summary>
/// model.json, the file that makes a folder a trained model: format and program version, target, features (names,
/// kinds, one-hot levels, scaling), training-data SHA-256, cross-validation metrics, hyperparameters and the fitted
/// state. Reading checks everything and says exactly what is wrong, as a <see cref="ConfigException"/> (exit 2).
/// </summary>
public static class ModelFile
{
    public const string FileName = "model.json";
    public const string FormatName = "scomodel-ml-model";

    /// <summary>Raised when the layout of model.json changes incompatibly; a reader accepts only its own.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Format(TrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var json = new JsonObject
        {
            ["format"] = FormatName,
            ["format_version"] = FormatVersion,
            ["program"] = "SCOModel",
            ["version"] = model.ProgramVersion,
            ["target"] = model.Target,
            ["group"] = model.Group,
            ["seed"] = model.Seed,
            ["training_data"] = new JsonObject
            {
                ["file"] = model.Provenance.File,
                ["sha256"] = model.Provenance.Sha256,
                ["rows"] = model.Provenance.Rows,
                ["rows_without_target"] = model.Provenance.RowsWithoutTarget,
            },
            ["features"] = new JsonArray(model.Encoding.Columns.Select(c => (JsonNode?)FeatureJson(c)).ToArray()),
            ["inputs"] = new JsonArray(model.Encoding.InputNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            ["cross_validation"] = model.Evaluation?.DeepClone(),
            ["model"] = new JsonObject
            {
                ["kind"] = model.Model.Kind,
                ["hyperparameters"] = model.Model.Hyperparameters(),
                ["state"] = model.Model.State(),
            },
        };
        return json.ToJsonString(Indented) + "\n";
    }

    /// <summary>Writes DIRECTORY/model.json atomically.</summary>
    public static void Write(string directory, TrainedModel model) =>
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), Format(model));

    /// <summary>The model.json of a model folder, or the path itself when it is not a folder.</summary>
    public static string PathOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Directory.Exists(path) ? Path.Combine(path, FileName) : path;
    }

    /// <summary>Reads the model of a folder (or of a model.json given directly).</summary>
    public static TrainedModel Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string file = PathOf(path);
        if (!File.Exists(file))
        {
            throw new ConfigException(path, "model", Directory.Exists(path)
                ? $"the folder has no {FileName}; expected a folder written by 'sco ml train'"
                : $"does not exist; expected a model folder written by 'sco ml train'");
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new ConfigException(file, "top level", "expected a JSON object");
        }
        catch (JsonException e)
        {
            throw new ConfigException(file, e.LineNumber is long line ? $"line {line + 1}" : "JSON", $"not valid JSON: {e.Message}");
        }

        string format = Text(root, "format", file);
        if (format != FormatName)
        {
            throw new ConfigException(file, "format", $"'{format}' is not a SCOModel model; expected '{FormatName}'");
        }

        string version = Text(root, "version", file);
        int formatVersion = (int)Number(root, "format_version", file);
        if (formatVersion != FormatVersion)
        {
            throw new ConfigException(file, "format_version", string.Create(CultureInfo.InvariantCulture,
                $"the model was written by SCOModel {version} in model format {formatVersion}; this SCOModel " +
                $"({RunManifest.ProgramVersion}) reads format {FormatVersion}: retrain the model with 'sco ml train'"));
        }

        try
        {
            var features = (root["features"] as JsonArray ?? throw new FormatException("missing 'features' array"))
                .Select(ReadFeature).ToArray();
            var data = root["training_data"] as JsonObject ?? throw new FormatException("missing 'training_data'");
            var modelNode = root["model"] as JsonObject ?? throw new FormatException("missing 'model'");
            string kind = modelNode["kind"]?.GetValue<string>() ?? throw new FormatException("missing model 'kind'");
            var model = RegressionModelJson.Read(kind, modelNode["state"], modelNode["hyperparameters"]);
            var encoding = new FeatureEncoding(features);
            CheckWidth(model, encoding.Width);
            return new TrainedModel(
                Text(root, "target", file),
                root["group"]?.GetValue<string>(),
                encoding,
                model,
                new TrainingProvenance(
                    data["file"]?.GetValue<string>() ?? string.Empty,
                    data["sha256"]?.GetValue<string>() ?? string.Empty,
                    (int)JsonArrays.Number(data, "rows"),
                    (int)JsonArrays.Number(data, "rows_without_target")),
                (int)Number(root, "seed", file),
                version,
                root["cross_validation"]?.DeepClone() as JsonObject);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException
            or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new ConfigException(file, "model", $"damaged or incomplete: {e.Message}");
        }
    }

    private static void CheckWidth(IRegressionModel model, int width)
    {
        int expected = model switch
        {
            RidgeModel r => r.Coefficients.Count,
            GaussianProcessModel g => g.LengthScales.Count,
            _ => width,
        };
        if (expected != width)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"the features encode to {width} inputs but the {model.Kind} model takes {expected}"));
        }
    }

    private static JsonObject FeatureJson(EncodedColumn c) => c.Kind == FeatureKind.Numeric
        ? new JsonObject
        {
            ["name"] = c.Name,
            ["kind"] = "numeric",
            ["mean"] = c.Mean,
            ["scale"] = c.Scale,
            ["missing_indicator"] = c.MissingIndicator,
        }
        : new JsonObject
        {
            ["name"] = c.Name,
            ["kind"] = "categorical",
            ["levels"] = new JsonArray(c.Levels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        };

    private static EncodedColumn ReadFeature(JsonNode? node)
    {
        string name = node?["name"]?.GetValue<string>() ?? throw new FormatException("a feature has no 'name'");
        return node["kind"]?.GetValue<string>() switch
        {
            "numeric" => new EncodedColumn(name, FeatureKind.Numeric, JsonArrays.Number(node, "mean"),
                JsonArrays.Number(node, "scale"), node["missing_indicator"]?.GetValue<bool>() ?? false, []),
            "categorical" => new EncodedColumn(name, FeatureKind.Categorical, 0, 1, false,
                (node["levels"] as JsonArray ?? throw new FormatException($"feature '{name}' has no 'levels'"))
                .Select(l => l?.GetValue<string>() ?? throw new FormatException($"feature '{name}' has a null level")).ToArray()),
            var other => throw new FormatException($"feature '{name}' has kind '{other}'; expected numeric or categorical"),
        };
    }

    private static string Text(JsonObject root, string name, string file)
    {
        try
        {
            return root[name]?.GetValue<string>() ?? throw new ConfigException(file, name, "missing; expected a string");
        }
        catch (InvalidOperationException)
        {
            throw new ConfigException(file, name, "expected a string");
        }
    }

    private static double Number(JsonObject root, string name, string file)
    {
        try
        {
            return root[name]?.GetValue<double>() ?? throw new ConfigException(file, name, "missing; expected a number");
        }
        catch (InvalidOperationException)
        {
            throw new ConfigException(file, name, "expected a number");
        }
    }
}
