package io.fleetfit.job;

import io.fleetfit.report.CsvColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code --parquet DIR}: every client's outcomes as one Parquet dataset, partitioned by client, in
 * the columns of {@code assessments.csv} (numbers typed, text as it is). A run replaces the
 * partitions of its own clients and leaves other clients' partitions in place.
 */
final class ParquetOutput {

    private ParquetOutput() {
    }

    /** The dataset's columns: those of assessments.csv, the client last (it becomes the folder). */
    static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (CsvColumn c : CsvColumn.values()) {
            if (c != CsvColumn.CLIENT) {
                fields.add(DataTypes.createStructField(c.header(),
                        c.kind() == CsvColumn.Kind.NUMBER ? DataTypes.LongType : DataTypes.StringType, true));
            }
        }
        fields.add(DataTypes.createStructField(CsvColumn.CLIENT.header(), DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    static void write(SparkSession spark, JavaPairRDD<Integer, Item> judged, List<InputPaths.Client> clients, String dir) {
        List<String> names = clients.stream().map(InputPaths.Client::name).toList();
        JavaRDD<Row> rows = judged.filter(t -> t._2() instanceof Item.Judged).map(t -> {
            String client = names.get(t._1());
            var outcome = ((Item.Judged) t._2()).outcome();
            List<Object> values = new ArrayList<>();
            for (CsvColumn c : CsvColumn.values()) {
                if (c != CsvColumn.CLIENT) {
                    values.add(c.data(client, outcome));
                }
            }
            values.add(client);
            return RowFactory.create(values.toArray());
        });
        spark.createDataFrame(rows, schema()).write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy(CsvColumn.CLIENT.header())
                .parquet(dir);
    }
}
