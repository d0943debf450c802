;;; eglot-probe.el --- drive Emacs's eglot against a language server, print what happened as JSON  -*- lexical-binding: t -*-
;;
;;   emacs --batch -Q -l eglot-probe.el FILE FIX-CODE HOVER-LINE HOVER-CHAR CONFIG.el
;;
;; Loads CONFIG.el (the user's configuration: docs/editors.md's, which sets
;; `eglot-server-programs' and `eglot-ensure' on `markdown-mode-hook'), opens FILE in a
;; `markdown-mode' (defined here from text-mode, so eglot's language id is "markdown"
;; without the markdown-mode package), lets eglot-ensure connect, waits for the
;; pushed diagnostics (as eglot hands them to flymake), asks eglot for the quick fixes of the
;; first FIX-CODE diagnostic (`eglot-code-actions', with the diagnostics flymake holds as
;; context) and applies the first with an edit through eglot's own workspace-edit code, waits
;; for the re-pushed diagnostics, then hovers at HOVER-LINE:HOVER-CHAR (0-based). The buffer
;; is never saved. Every wait is on an event, bounded by a deadline; JSON on stdout.
(require 'package)
;; -Q skips Debian's start-up files, which add the system-wide ELPA folder elpa-eglot installs to.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar probe--pushes nil "Each publishDiagnostics as (URI . DIAGNOSTICS), newest first.")
(cl-defmethod eglot-handle-notification :after
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (push (cons uri diagnostics) probe--pushes))

(define-derived-mode markdown-mode text-mode "Markdown")

(defun probe--wait (pred timeout)
  "Process events until PRED is non-nil or TIMEOUT seconds pass; PRED's value."
  (let ((deadline (+ (float-time) timeout)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    v))

(defun probe--latest (uri)
  (cdr (cl-find uri probe--pushes :key #'car :test #'string=)))

(defun probe--fail (why)
  (princ (json-encode `((ok . :json-false) (error . ,why))))
  (terpri)
  (kill-emacs 1))

(let* ((args command-line-args-left)
       (file (expand-file-name (nth 0 args)))
       (fix-code (nth 1 args))
       (hover-line (string-to-number (nth 2 args)))
       (hover-char (string-to-number (nth 3 args)))
       (config (expand-file-name (nth 4 args)))
       (root (expand-file-name default-directory))
       (result nil))
  (setq command-line-args-left nil)
  ;; The project is the folder Emacs runs in, not whatever repository holds it: eglot manages
  ;; the buffers of the project `project-current' finds, so that is where it is set.
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
  (load config nil t)
  (find-file file)
  (markdown-mode)
  ;; eglot-ensure connects after the current command; a batch Emacs runs no command loop.
  (run-hooks 'post-command-hook)
  (let* ((uri (eglot--path-to-uri file))
         (server (probe--wait #'eglot-current-server 20)))
    (unless server (probe--fail "eglot did not connect"))
    (push `(client . ,(format "emacs %s, eglot %s" emacs-version
                              (or (ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))) "?")))
          result)
    (let ((diags (probe--wait (lambda () (let ((d (probe--latest uri))) (and d (> (length d) 0) d))) 20)))
      (unless diags (probe--fail "no diagnostics pushed within 20 s"))
      (push `(diagnostics . ,diags) result)
      ;; What eglot shows: flymake's diagnostics in the buffer (fed by eglot's backend).
      (probe--wait (lambda () (flymake-diagnostics)) 5)
      (push `(flymake . ,(vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))) result)
      (let* ((diag (cl-find fix-code diags :key (lambda (d) (format "%s" (plist-get d :code))) :test #'string=))
             (region (and diag (eglot--range-region (plist-get diag :range))))
             (actions (and region (eglot-code-actions (car region) (cdr region) "quickfix")))
             (action (cl-find-if (lambda (a) (plist-get a :edit)) actions))
             (before (length probe--pushes)))
        (push `(codeActions . ,(vconcat (mapcar (lambda (a) (plist-get a :title)) actions))) result)
        (when action
          (eglot--apply-workspace-edit (plist-get action :edit))
          ;; eglot sends the change from an idle timer, and a batch Emacs is never idle.
          (eglot--signal-textDocument/didChange)
          (probe--wait (lambda () (> (length probe--pushes) before)) 20)
          (push `(applied . ((title . ,(plist-get action :title))
                             (textAfter . ,(buffer-substring-no-properties (point-min) (point-max)))
                             (diagnosticsAfter . ,(or (probe--latest uri) []))))
                result))))
    (save-excursion
      (goto-char (point-min))
      (forward-line hover-line)
      (forward-char hover-char)
      (push `(hover . ,(or (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)) :json-null)) result))
    (set-buffer-modified-p nil)
    (ignore-errors (eglot-shutdown server))
    (push '(ok . t) result)
    (princ (json-encode result))
    (terpri)
    (kill-emacs 0)))
