/**
 * gkml catalog io — 目录表格: reading the tables counties publish (.xlsx, .xls, .docx, .html, .csv,
 * .md) into catalogs, writing catalogs as tables in the national template layout (.xlsx, .html,
 * .md), and the diff report as a workbook. The only gkml module that touches Apache POI and jsoup.
 */
module io.github.gkml.io {
  requires transitive io.github.gkml.model;
  requires transitive io.github.gkml.diff;
  requires transitive io.github.gkml.validation;
  requires transitive org.jspecify;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.jsoup;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.xml;

  exports io.github.gkml.io;
}
