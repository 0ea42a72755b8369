package io.policygraph.extract;

import com.hankcs.hanlp.HanLP;

/**
 * Loads what the first extraction and the first search query need (HanLP's dictionaries, several seconds of
 * reading, and the extraction's data files) on a background thread, while the rest of the service starts: on a
 * machine with more than one core the first ingest and the first query then find them loaded. A daemon thread,
 * so it never keeps a process alive; whoever needs the data first simply waits for the class initialisation
 * in progress, so nothing is loaded twice.
 */
public final class ExtractionWarmUp {

    /** A plan's sentence in traditional characters: conversion, segmentation and every extractor's data. */
    private static final String SAMPLE = "市發展和改革委員會牵头,2024年12月底前完成固定资产投资100亿元。";

    private ExtractionWarmUp() {
    }

    public static void startInBackground() {
        Thread thread = new Thread(ExtractionWarmUp::warmUp, "extraction-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void warmUp() {
        try {
            String simplified = HanLP.convertToSimplifiedChinese(SAMPLE);
            Segmentation.standard().segmentFolded(simplified);
            new PlanExtractor().extract("warm-up.txt", simplified);
        } catch (RuntimeException | LinkageError e) {
            // A data file that fails to load fails the first extraction too; its cause is told here, once.
            System.getLogger(ExtractionWarmUp.class.getName())
                    .log(System.Logger.Level.WARNING, "loading the extraction's data failed", e);
        }
    }
}
