package org.hotlink.ir;

/** {@code dllimport}/{@code dllexport}; meaningless on Linux but parsed. */
public enum DllStorageClass {
    DEFAULT, DLLIMPORT, DLLEXPORT
}
