/*
 * A stand-in bcryptprimitives.dll for running Helhed's Windows programs under Wine in CI
 * (.ci/wine-check). TEST HARNESS ONLY: it is never shipped and never needed on Windows.
 *
 * Why it exists: Go 1.24 and newer take their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10 and 11 has. The runtime loads it from System32 at
 * start-up and stops ("bcryptprimitives.dll not found") when it is missing. Debian 12's Wine 8.0
 * has no such DLL, so without this file no Go 1.24+ program starts under it. Wine 8 does have
 * RtlGenRandom (advapi32's SystemFunction036), the system's random generator, which this wraps.
 * .ci/wine-check builds it with MinGW and puts it into a throw-away Wine prefix's System32.
 */
#include <windows.h>

/* RtlGenRandom's real name; declared here to need no more than windows.h. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* ProcessPrng fills data with len random bytes. Windows documents it as never failing (always
 * TRUE); here a failure of RtlGenRandom returns FALSE, which makes Go stop loudly rather than go
 * on with bytes that are not random. */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		len -= chunk;
	}
	return TRUE;
}
