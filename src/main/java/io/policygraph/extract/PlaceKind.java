package io.policygraph.extract;

/**
 * Administrative level of a {@link Place}: a province-level division (省, 自治区, 直辖市), a prefecture-level
 * one (地级市, 自治州, 地区, 盟, and whatever is governed like one: a 直辖市 as a city, a county-level city
 * directly under its province, 平潭综合实验区), a county-level one (区, 县, 县级市, 旗), or a special area
 * inside a city (南京江北新区).
 */
public enum PlaceKind { PROVINCE, PREFECTURE, COUNTY, AREA }
