package gov.longhua.assistant.core.retrieval;

import java.util.List;

/**
 * How likely a candidate is to be the entry that answers a question: a logistic regression over
 * {@link CandidateFeatures}, learned from labelled questions ({@link ConfidenceTraining}). It both orders the
 * candidates (the fusion of the two retrievers, learned rather than fixed) and says how sure the best one is
 * (what the answering policy's thresholds are held against). Immutable.
 *
 * @param means the training features' means, for standardising
 * @param scales the training features' standard deviations (1 where a feature never varied)
 * @param weights one weight per feature, then the intercept
 */
public record ConfidenceModel(double[] means, double[] scales, double[] weights) {

    /**
     * One labelled candidate: its features, whether it answers the question it was retrieved for, and how much
     * it weighs in training (questions no entry answers are few among the knowledge base's own texts, and are
     * weighed up to a fair share).
     */
    public record Example(double[] features, boolean answers, double weight) {

        public Example(double[] features, boolean answers) {
            this(features, answers, 1);
        }
    }

    private static final int ITERATIONS = 400;
    private static final double LEARNING_RATE = 0.5;
    /** L2 penalty per example: keeps weights finite when a feature separates the training data. */
    private static final double PENALTY = 1e-3;

    /** The probability that a candidate with these features answers its question. */
    public double probability(double[] features) {
        double z = weights[weights.length - 1];
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * (features[i] - means[i]) / scales[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits the model by gradient descent on the standardised features (the log-loss is convex, so plain
     * full-batch descent converges; a few hundred steps over some ten thousand examples take well under a
     * second). Apart from the weight of unanswerable questions, examples count alike, so the probability stays
     * close to calibrated: of candidates given 0.9, about nine in ten answer their question.
     */
    public static ConfidenceModel train(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to learn confidence from");
        }
        int n = examples.get(0).features().length;
        double[] means = new double[n];
        double[] scales = new double[n];
        for (Example e : examples) {
            for (int i = 0; i < n; i++) {
                means[i] += e.features()[i] / examples.size();
            }
        }
        for (Example e : examples) {
            for (int i = 0; i < n; i++) {
                double d = e.features()[i] - means[i];
                scales[i] += d * d / examples.size();
            }
        }
        for (int i = 0; i < n; i++) {
            scales[i] = scales[i] > 1e-12 ? Math.sqrt(scales[i]) : 1;
        }
        double[][] x = new double[examples.size()][];
        for (int k = 0; k < x.length; k++) {
            double[] raw = examples.get(k).features();
            x[k] = new double[n];
            for (int i = 0; i < n; i++) {
                x[k][i] = (raw[i] - means[i]) / scales[i];
            }
        }
        double[] w = new double[n + 1];
        double total = examples.stream().mapToDouble(Example::weight).sum();
        for (int step = 0; step < ITERATIONS; step++) {
            double[] gradient = new double[n + 1];
            for (int k = 0; k < x.length; k++) {
                double z = w[n];
                for (int i = 0; i < n; i++) {
                    z += w[i] * x[k][i];
                }
                Example e = examples.get(k);
                double error = (1 / (1 + Math.exp(-z)) - (e.answers() ? 1 : 0)) * e.weight();
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * x[k][i];
                }
                gradient[n] += error;
            }
            for (int i = 0; i <= n; i++) {
                double penalty = i < n ? PENALTY * w[i] * total : 0;
                w[i] -= LEARNING_RATE * (gradient[i] + penalty) / total;
            }
        }
        return new ConfidenceModel(means, scales, w);
    }
}
