using EntityPipeline.Documents;

namespace EntityPipeline.Processing;

/// <summary>
/// One step of the pipeline: reads the layers it <see cref="Requires"/> and adds those it
/// <see cref="Produces"/>. A stage is safe to share across threads unless it says otherwise.
/// </summary>
public interface IStage
{
    string Name { get; }
    Layers Requires { get; }
    Layers Produces { get; }
    void Process(Document document);
}
