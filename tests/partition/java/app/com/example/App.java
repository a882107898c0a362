// The main class of a jar, in a package, using a library jar.
package com.example;

import lib.Helper;

public class App {
    public static void main(String[] args) {
        System.out.println("App in a jar: " + Helper.say() + ", " + args.length + " args");
    }
}
