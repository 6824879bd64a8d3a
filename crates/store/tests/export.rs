//! Every export read back with a reader: JSON Lines and PLOVER with serde,
//! CSV with an RFC 4180 parser, GDELT rows by column count and type, and
//! Parquet with the Apache Parquet crate's reader.

mod common;

use common::{doc, event, temp_store};
use demarche_store::export::{Format, CSV_COLUMNS, GDELT_COLUMNS};
use demarche_store::{EventFilter, Order, Store, StoredEvent};

fn sample_store() -> (common::tempdir::Dir, Store) {
    let (dir, mut store) = temp_store();
    let a = doc(
        "story-1",
        Some("https://www.al-monitor.example/2021/05/moscow"),
        Some("Al-Monitor"),
        &["On May 21, the Russian Foreign Ministry expressed support for the cease-fire, \"urgently\".", "Russia consulted with Egypt, Jordan and the UN."],
    );
    let b = doc("story-2", None, None, &["Moscow, too, talked with Cairo."]);
    store
        .insert_document(
            &a,
            &[
                event(&a, 0, Some("2021-05-21"), "RUSGOV", "", "010"),
                event(&a, 1, Some("2021-05-12"), "RUS", "EGY", "040"),
                event(&a, 1, Some("2021-05-12"), "RUS", "IGOUNO", "04"),
            ],
        )
        .unwrap();
    store.insert_document(&b, &[event(&b, 0, Some("2021-05-13"), "RUS", "EGY", "040")]).unwrap();
    let c = doc("story-3", None, None, &["Undated report."]);
    store.insert_document(&c, &[event(&c, 0, None, "ISR", "PSE", "190")]).unwrap();
    (dir, store)
}

fn export(store: &Store, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    store.export(&EventFilter::default(), format, Order::Id, &mut out).unwrap();
    out
}

#[test]
fn jsonl_round_trips_to_the_stored_events() {
    let (_dir, store) = sample_store();
    let text = String::from_utf8(export(&store, Format::Jsonl)).unwrap();
    let back: Vec<StoredEvent> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut expected = Vec::new();
    store.for_each_event(&EventFilter::default(), Order::Id, |e| {
        expected.push(e);
        Ok(())
    })
    .unwrap();
    assert_eq!(back, expected);
    assert_eq!(back.len(), 4);
    // By date (ids are clustered by date), the undated event last.
    let dates: Vec<_> = back.iter().map(|e| e.event.date.map(|d| d.to_string())).collect();
    assert_eq!(dates, [Some("2021-05-12".into()), Some("2021-05-12".into()), Some("2021-05-21".into()), None]);
    assert_eq!((back[0].mentions, back[0].articles), (2, 2));
    // The contract fields are all there under their names.
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for field in ["doc", "sentence", "text", "date", "source", "target", "source_text", "target_text", "code", "root_code", "quad_class", "goldstein", "plover"] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
}

/// Splits RFC 4180 CSV into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

#[test]
fn csv_reads_back_with_quotes_and_header() {
    let (_dir, store) = sample_store();
    let records = parse_csv(&String::from_utf8(export(&store, Format::Csv)).unwrap());
    assert_eq!(records[0], CSV_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>());
    assert_eq!(records.len(), 5);
    assert!(records.iter().all(|r| r.len() == CSV_COLUMNS.len()));
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(records[3][col("text")], "On May 21, the Russian Foreign Ministry expressed support for the cease-fire, \"urgently\".");
    assert_eq!(records[1][col("mentions")], "2");
    assert_eq!(records[4][col("date")], "");
    assert_eq!(records[3][col("url")], "https://www.al-monitor.example/2021/05/moscow");
}

#[test]
fn gdelt_rows_have_61_typed_columns() {
    let (_dir, store) = sample_store();
    let text = String::from_utf8(export(&store, Format::Gdelt)).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4);
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    for row in &rows {
        assert_eq!(row.len(), 61);
        assert!(row[col("GlobalEventID")].parse::<u64>().is_ok());
        let day = row[col("Day")];
        if !day.is_empty() {
            assert_eq!(day.len(), 8);
            assert!(day.parse::<u32>().is_ok());
            assert_eq!(row[col("MonthYear")], &day[..6]);
            assert_eq!(row[col("Year")], &day[..4]);
            let fraction: f64 = row[col("FractionDate")].parse().unwrap();
            assert!(fraction > 2021.0 && fraction < 2022.0);
        }
        assert!(matches!(row[col("IsRootEvent")], "0" | "1"));
        assert!(row[col("EventCode")].len() >= 3);
        assert_eq!(row[col("EventBaseCode")], &row[col("EventCode")][..3]);
        assert_eq!(row[col("EventRootCode")], &row[col("EventCode")][..2]);
        assert!((1..=4).contains(&row[col("QuadClass")].parse::<u8>().unwrap()));
        assert!((-10.0..=10.0).contains(&row[col("GoldsteinScale")].parse::<f64>().unwrap()));
        for n in ["NumMentions", "NumSources", "NumArticles"] {
            assert!(row[col(n)].parse::<u32>().unwrap() >= 1);
        }
        assert_eq!(row[col("AvgTone")], "");
        assert!(row[col("ActionGeo_Lat")].is_empty());
        assert_eq!(row[col("DATEADDED")].len(), 14);
    }
    // Our values where GDELT has one.
    let consult = &rows[0];
    assert_eq!(consult[col("Day")], "20210512");
    assert_eq!(consult[col("Actor1Code")], "RUS");
    assert_eq!(consult[col("Actor1Name")], "RUS OFFICIALS");
    assert_eq!(consult[col("Actor1CountryCode")], "RUS");
    assert_eq!(consult[col("Actor2CountryCode")], "EGY");
    assert_eq!((consult[col("NumMentions")], consult[col("NumArticles")]), ("2", "2"));
    assert_eq!(consult[col("SOURCEURL")], "https://www.al-monitor.example/2021/05/moscow");
    let un = &rows[1];
    assert_eq!((un[col("EventCode")], un[col("Actor2KnownGroupCode")], un[col("Actor2Type1Code")]), ("040", "UNO", "IGO"));
    let statement = &rows[2];
    assert_eq!((statement[col("Actor1Type1Code")], statement[col("Actor2Code")]), ("GOV", ""));
    assert_eq!(statement[col("IsRootEvent")], "1");
}

#[test]
fn plover_records_are_json_with_plover_fields() {
    let (_dir, store) = sample_store();
    let mut out = Vec::new();
    let counts = store.export(&EventFilter::default(), Format::Plover, Order::Id, &mut out).unwrap();
    assert_eq!((counts.written, counts.left_out), (3, 1), "the bare statement (010) has no PLOVER type");
    let records: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records[0]["event_type"], "CONSULT");
    assert_eq!(records[0]["actor"], "RUS");
    assert_eq!(records[0]["recipient_country"], "EGY");
    assert_eq!(records[0]["event_date"], "2021-05-12");
    assert_eq!(records[2]["event_type"], "ASSAULT");
    assert_eq!(records[2]["quad_code"], "MATERIAL CONFLICT");
    assert!(records[2]["event_date"].is_null());
}

#[test]
fn parquet_reads_back_with_the_apache_reader() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;

    let (dir, store) = sample_store();
    let path = dir.path().join("events.parquet");
    std::fs::write(&path, export(&store, Format::Parquet)).unwrap();
    let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    let meta = reader.metadata().file_metadata();
    assert_eq!(meta.num_rows(), 4);
    let names: Vec<&str> = meta.schema_descr().columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, CSV_COLUMNS);

    let mut expected = Vec::new();
    store.for_each_event(&EventFilter::default(), Order::Id, |e| {
        expected.push(e);
        Ok(())
    })
    .unwrap();
    let rows: Vec<_> = reader.get_row_iter(None).unwrap().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), expected.len());
    for (row, e) in rows.iter().zip(&expected) {
        let fields: Vec<(&String, &Field)> = row.get_column_iter().collect();
        let field = |name: &str| fields.iter().find(|(n, _)| *n == name).unwrap().1.clone();
        assert_eq!(field("event_id"), Field::Long(e.event_id));
        match (field("date"), e.event.date) {
            (Field::Date(days), Some(d)) => assert_eq!(days as i64, (d - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days()),
            (Field::Null, None) => {}
            (f, d) => panic!("date {f:?} for {d:?}"),
        }
        assert_eq!(field("source"), Field::Str(e.event.source.clone()));
        assert_eq!(field("code"), Field::Str(e.event.code.clone()));
        assert_eq!(field("quad_class"), Field::Int(e.event.quad_class as i32));
        assert_eq!(field("goldstein"), Field::Float(e.event.goldstein));
        assert_eq!(field("mentions"), Field::Int(e.mentions as i32));
        assert_eq!(field("root"), Field::Bool(e.root));
        assert_eq!(field("text"), Field::Str(e.event.text.clone()));
        match (field("url"), &e.url) {
            (Field::Str(u), Some(url)) => assert_eq!(&u, url),
            (Field::Null, None) => {}
            (f, u) => panic!("url {f:?} for {u:?}"),
        }
    }
}

#[test]
fn parquet_with_many_row_groups_reads_back() {
    use demarche_store::parquet::{Cell, Column, ColumnType, ParquetWriter};
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;

    let dir = common::tempdir::Dir::new();
    let path = dir.path().join("many.parquet");
    let columns = vec![
        Column::required("n", ColumnType::Int64),
        Column::optional("label", ColumnType::String),
        Column::required("x", ColumnType::Double),
        Column::required("flag", ColumnType::Boolean),
    ];
    let file = std::fs::File::create(&path).unwrap();
    let mut w = ParquetWriter::new(std::io::BufWriter::new(file), columns).unwrap().with_row_group_rows(1000);
    for n in 0..2500i64 {
        let label = format!("row {n}");
        let cell = if n % 3 == 0 { Cell::Null } else { Cell::Str(&label) };
        w.write_row(&[Cell::Int(n), cell, Cell::Float(n as f64 / 2.0), Cell::Bool(n % 2 == 1)]).unwrap();
    }
    w.finish().unwrap();
    let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(reader.metadata().num_row_groups(), 3);
    for (n, row) in reader.get_row_iter(None).unwrap().enumerate() {
        let row = row.unwrap();
        assert_eq!(row.get_long(0).unwrap(), n as i64);
        if n % 3 == 0 {
            assert!(row.get_string(1).is_err());
        } else {
            assert_eq!(row.get_string(1).unwrap(), &format!("row {n}"));
        }
        assert_eq!(row.get_double(2).unwrap(), n as f64 / 2.0);
        assert_eq!(row.get_bool(3).unwrap(), n % 2 == 1);
    }
}
