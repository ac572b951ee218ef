/** The `fixes` namespace (ja). Keys must match the other language's file. */
export const fixes = {
  undo: {
    done: '元に戻しました: {{title}}。',
    interrupted: '元に戻しました: {{title}}（変更の途中で中断されていたため、戻す内容はほとんどありませんでした）。',
    failed: '{{title}} を元に戻せませんでした: {{error}}。もう一度お試しください。繰り返し失敗する場合は、このメッセージを IT 部門にお送りください。',
  },
} as const;
