package casefile

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// WriteAtomic writes data to path so that path holds either its old content or all of data,
// never a mix, even after a power cut: a temporary file in the same folder is written, synced
// and renamed over path. With keepBackup, an existing file at path is first copied to path.bak.
// The file is readable by its owner only (0600): cases hold colleagues' names and opinions.
func WriteAtomic(path string, data []byte, keepBackup bool) error {
	dir := filepath.Dir(path)
	if keepBackup {
		if err := backup(dir, path); err != nil {
			return fmt.Errorf("%s: cannot keep the previous version as .bak: %w", path, err)
		}
	}
	if err := writeReplace(dir, path, data); err != nil {
		return fmt.Errorf("%s: cannot be saved: %w", path, err)
	}
	return nil
}

func writeReplace(dir, path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		return err
	}
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename durable on Linux; other systems do without it.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// backup makes path.bak hold the current content of path, if there is a file at path. A hard
// link costs no copying (the old content is already on disk); where links are not possible
// (some network and FAT drives) the content is copied.
func backup(dir, path string) error {
	if _, err := os.Stat(path); err != nil {
		return nil // nothing to keep
	}
	link := path + ".bak.tmp"
	os.Remove(link)
	if err := os.Link(path, link); err == nil {
		if err := os.Rename(link, path+".bak"); err != nil {
			os.Remove(link)
			return err
		}
		syncDir(dir)
		return nil
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return writeReplace(dir, path+".bak", old)
}
