package org.editio.cli; public class Editio { public static void main(String[] a){} }
