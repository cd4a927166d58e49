package gov.longhua.assistant.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

    /** Examples whose answering depends on the first feature (and not on the second, which is noise). */
    private static List<ConfidenceModel.Example> examples(long seed) {
        Random random = new Random(seed);
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double signal = random.nextDouble();
            boolean answers = random.nextDouble() < signal;
            examples.add(new ConfidenceModel.Example(new double[] {signal, random.nextDouble()}, answers));
        }
        return examples;
    }

    @Test
    void should_learn_a_probability_that_follows_the_evidence_and_is_close_to_calibrated() {
        ConfidenceModel model = ConfidenceModel.train(examples(1));

        double low = model.probability(new double[] {0.1, 0.5});
        double middle = model.probability(new double[] {0.5, 0.5});
        double high = model.probability(new double[] {0.9, 0.5});

        assertThat(low).isLessThan(middle);
        assertThat(middle).isLessThan(high);
        assertThat(middle).isBetween(0.4, 0.6);
        assertThat(high).isBetween(0.75, 0.95);
    }

    @Test
    void should_give_a_feature_that_is_noise_little_weight() {
        ConfidenceModel model = ConfidenceModel.train(examples(2));

        double spread = Math.abs(model.probability(new double[] {0.5, 0.0}) - model.probability(new double[] {0.5, 1.0}));

        assertThat(spread).isLessThan(0.08);
    }

    @Test
    void should_weigh_an_example_by_its_weight() {
        List<ConfidenceModel.Example> even = new ArrayList<>();
        List<ConfidenceModel.Example> weighted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double[] x = {i % 2};
            even.add(new ConfidenceModel.Example(x, i % 4 == 0));
            weighted.add(new ConfidenceModel.Example(x, i % 4 == 0, i % 4 == 0 ? 1 : 3));
        }

        assertThat(ConfidenceModel.train(weighted).probability(new double[] {0}))
                .isLessThan(ConfidenceModel.train(even).probability(new double[] {0}));
    }

    @Test
    void should_refuse_to_learn_from_nothing() {
        assertThatThrownBy(() -> ConfidenceModel.train(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
