package gov.longhua.assistant.core.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.nio.file.Path;

/**
 * Creates the in-process embedding model (bge-small-zh-v1.5, quantized, 512 dimensions). Its tokenizer
 * library (DJL) would otherwise call home and unpack into the user's home: it is put offline, tracking off,
 * and its cache inside the given folder before the model is created.
 */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    public static EmbeddingModel bgeSmallZh(Path cacheDir) {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        return new BgeSmallZhV15QuantizedEmbeddingModel();
    }
}
