package gov.longhua.assistant.core.retrieval;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.nio.file.Path;

/**
 * Creates the in-process embedding models: bge-small-zh-v1.5 for Chinese and bge-small-en-v1.5 for English,
 * both quantized. Their tokenizer library (DJL) would otherwise call home and unpack into the user's home: it
 * is put offline, tracking off, and its cache inside the given folder before the models are created.
 */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    public static Embedders bgeSmall(Path cacheDir) {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        return new Embedders(new BgeSmallZhV15QuantizedEmbeddingModel(), new BgeSmallEnV15QuantizedEmbeddingModel());
    }
}
