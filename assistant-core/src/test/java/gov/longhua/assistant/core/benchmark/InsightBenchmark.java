package gov.longhua.assistant.core.benchmark;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.insight.Asked;
import gov.longhua.assistant.core.insight.Dashboard;
import gov.longhua.assistant.core.insight.DashboardView;
import gov.longhua.assistant.core.insight.Rated;
import gov.longhua.assistant.core.insight.ReviewItem;
import gov.longhua.assistant.core.insight.ReviewQueue;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The review queue and the dashboard worked out over {@code questions} recorded questions (30 days of them, a
 * quarter unanswered, drawn from 5,000 distinct phrasings) and a rating for every tenth. Run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsightBenchmark {

    private static final String[] SUBJECTS = {"低保", "公积金", "居住证", "出生登记", "入学", "养老保险", "医保", "营业执照",
        "人才补贴", "住房保障", "游泳馆", "图书馆", "停车", "垃圾分类", "社保卡", "护照", "驾驶证", "残疾证", "退休", "失业金"};
    private static final String[] ASKS = {"怎么申请", "需要什么材料", "在哪里办", "多久能办好", "要收费吗", "能网上办吗",
        "有什么条件", "找哪个部门", "几点开门", "电话是多少"};

    @Param({"100000"})
    public int questions;

    private List<Asked> asked;
    private List<Rated> ratings;

    @Setup
    public void record() {
        Random random = new Random(7);
        Instant now = Instant.parse("2026-11-26T02:00:00Z");
        asked = new ArrayList<>(questions);
        ratings = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            int phrasing = random.nextInt(5_000);
            String question = "龙华" + SUBJECTS[phrasing % SUBJECTS.length] + ASKS[(phrasing / 20) % ASKS.length]
                    + (phrasing / 200 == 0 ? "" : "（" + phrasing / 200 + "）");
            boolean unanswered = random.nextInt(4) == 0;
            asked.add(new Asked(now.minusSeconds(random.nextInt(30 * 86_400)), "s" + i, "a" + i,
                    random.nextBoolean() ? "web" : "kiosk", Lang.ZH, question,
                    unanswered ? AnswerKind.FALLBACK : AnswerKind.FAQ, unanswered ? null : "entry",
                    unanswered ? null : SUBJECTS[phrasing % SUBJECTS.length], 0.9, "答"));
            if (i % 10 == 0) {
                ratings.add(new Rated(now, "s" + i, "a" + i, random.nextInt(5) > 0));
            }
        }
    }

    @Benchmark
    public List<ReviewItem> reviewQueue() {
        return ReviewQueue.of(asked, ratings, Map.of());
    }

    @Benchmark
    public DashboardView dashboard() {
        return Dashboard.of(asked, ratings, Set.of(), Instant.parse("2026-11-26T02:00:00Z"));
    }
}
