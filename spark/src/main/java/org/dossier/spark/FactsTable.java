package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-document facts as one flat Parquet table, a row per article: the source's fields as columns and each kind
 * of fact as an array of structs whose fields are those of the model records (docs/SCALE.md lists them). Evidence
 * structs keep source id, offsets and text, so every fact stays traceable to its article.
 */
public final class FactsTable {

    /** The folder of the Parquet table inside the output folder. */
    public static final String FOLDER = "facts.parquet";

    private static final String EVIDENCE = "struct<source:string,start:int,end:int,text:string,resolved:boolean>";
    private static final String ACTOR = "struct<evidence:" + EVIDENCE + ",code:string,sector:string>";
    static final String SOURCE_SCHEMA = "struct<id:string,uri:string,title:string,outlet:string,author:string,"
            + "published:string,publishedInferred:boolean,language:string,phase:string,text:string,"
            + "dropped:array<struct<start:int,end:int,reason:string>>,warnings:array<string>,duplicateOf:string>";
    static final String FACTS_SCHEMA = "struct<"
            + "mentions:array<struct<name:" + EVIDENCE + ",type:string,titled:" + EVIDENCE + ",role:string,gender:string>>,"
            + "quotes:array<struct<evidence:" + EVIDENCE + ",speaker:" + EVIDENCE + ",speakerName:" + EVIDENCE + ",cue:string>>,"
            + "figures:array<struct<evidence:" + EVIDENCE + ",low:double,high:double,unit:string,subject:string,time:string>>,"
            + "times:array<struct<evidence:" + EVIDENCE + ",date:string,certainty:string,what:string,clause:" + EVIDENCE + ">>,"
            + "claims:array<struct<evidence:" + EVIDENCE + ",kind:string,topic:string>>,"
            + "events:array<struct<category:string,mode:string,certainty:string,cue:" + EVIDENCE + ",date:string,sentence:"
            + EVIDENCE + ",sources:array<" + ACTOR + ">,targets:array<" + ACTOR + ">>>>";

    private static final String[][] SOURCE_COLUMNS = {{"id", "source_id"}, {"uri", "uri"}, {"title", "title"},
        {"outlet", "outlet"}, {"author", "author"}, {"published", "published"}, {"publishedInferred", "published_inferred"},
        {"language", "language"}, {"phase", "phase"}, {"text", "text"}, {"dropped", "dropped"}, {"warnings", "warnings"},
        {"duplicateOf", "duplicate_of"}};
    private static final String[] FACT_COLUMNS = {"mentions", "quotes", "figures", "times", "claims", "events"};

    private FactsTable() {
    }

    /** The table of the accepted outcomes. */
    public static Dataset<Row> of(SparkSession spark, JavaRDD<DocumentOutcome> outcomes) {
        StructType raw = new StructType().add("source_json", DataTypes.StringType).add("facts_json", DataTypes.StringType);
        JavaRDD<Row> rows = outcomes.filter(o -> !o.isRejected()).map(o -> RowFactory.create(o.sourceJson(), o.factsJson()));
        Dataset<Row> parsed = spark.createDataFrame(rows, raw).select(
                from_json(col("source_json"), DataType.fromDDL(SOURCE_SCHEMA)).as("s"),
                from_json(col("facts_json"), DataType.fromDDL(FACTS_SCHEMA)).as("f"));
        List<Column> columns = new ArrayList<>();
        for (String[] c : SOURCE_COLUMNS) {
            columns.add(col("s." + c[0]).as(c[1]));
        }
        for (String c : FACT_COLUMNS) {
            columns.add(col("f." + c).as(c));
        }
        return parsed.select(columns.toArray(Column[]::new));
    }

    /** Writes the table to {@code folder} (any Hadoop file system path), replacing what was there. */
    public static void write(Dataset<Row> table, String folder) {
        table.write().mode(SaveMode.Overwrite).parquet(folder);
    }
}
