package gov.longhua.assistant.core.evaluation;

import java.util.List;
import java.util.Set;

/** Precision at 1 and mean reciprocal rank at 10 over a set of ranked answers. */
final class RankingScore {

    private int queries;
    private int hitsAtOne;
    private double reciprocalRanks;

    void add(List<String> ranking, Set<String> relevant) {
        queries++;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                if (i == 0) {
                    hitsAtOne++;
                }
                reciprocalRanks += 1.0 / (i + 1);
                return;
            }
        }
    }

    double precisionAtOne() {
        return queries == 0 ? 0 : (double) hitsAtOne / queries;
    }

    double mrrAtTen() {
        return queries == 0 ? 0 : reciprocalRanks / queries;
    }

    int queries() {
        return queries;
    }
}
