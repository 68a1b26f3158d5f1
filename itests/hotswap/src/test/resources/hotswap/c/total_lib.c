/* Defines the global and the function that total_user.c only declares (CrossModuleCTest). */
long shared_total = 100;

long add_to_total(long amount) {
    shared_total += amount;
    return shared_total;
}
