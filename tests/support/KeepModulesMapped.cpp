// Sanitizer builds only: libobs unloads its plugin modules with dlclose() at shut-down, after which
// LeakSanitizer cannot name the module a leak came from ("<unknown module>"), so library-owned leaks could
// not be told apart from ours. Keeping every module mapped until exit makes the suppressions file work.
extern "C" int dlclose(void*)
{
    return 0;
}
